package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.kiliba.KilibaClient;

/**
 * Changes the {@code KilibaClient.Builder} of the auto-configured {@code KilibaClient} bean after the
 * {@code commerce.*} properties were applied, for what the properties do not cover (a proxy, a shared
 * {@code OkHttpClient}, a full {@code RetryPolicy}...). Declare one or more as beans; they run in
 * {@code @Order}/{@code Ordered} order, so a later one wins where two set the same option.
 */
@FunctionalInterface
public interface KilibaClientBuilderCustomizer {

  /** Changes {@code builder}; it must not call {@code build()}. */
  void customize(KilibaClient.Builder builder);
}
