package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.polling.PollingOptions;
import java.util.Optional;
import org.immutables.value.Value;

/** What the Kibo builder collected, before validation. */
@Value.Immutable
public interface KiboSettings {

  static ImmutableKiboSettings.Builder builder() {
    return ImmutableKiboSettings.builder();
  }

  Optional<Long> tenantId();

  Optional<Long> siteId();

  Optional<String> clientId();

  @Value.Redacted
  Optional<String> sharedSecret();

  Optional<String> authHost();

  Optional<String> tenantHost();

  Optional<Integer> masterCatalog();

  Optional<Integer> catalog();

  Optional<String> locale();

  Optional<String> currency();

  Optional<PollingOptions> polling();

  Optional<Long> maxDownloadSize();
}
