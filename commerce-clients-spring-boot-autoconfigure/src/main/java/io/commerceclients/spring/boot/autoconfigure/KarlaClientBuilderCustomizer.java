package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.karla.KarlaClient;

/**
 * Changes the {@code KarlaClient.Builder} of the auto-configured {@code KarlaClient} bean after the
 * {@code commerce.*} properties were applied, for what the properties do not cover (a proxy, a shared
 * {@code OkHttpClient}, a full {@code RetryPolicy}...). Declare one or more as beans; they run in
 * {@code @Order}/{@code Ordered} order, so a later one wins where two set the same option.
 */
@FunctionalInterface
public interface KarlaClientBuilderCustomizer {

  /** Changes {@code builder}; it must not call {@code build()}. */
  void customize(KarlaClient.Builder builder);
}
