package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates a {@link KiboImportExportClient} bean from the {@code commerce.kibo.*} properties once
 * {@code tenant-id}, {@code client-id} or {@code shared-secret} is set, unless the application
 * defines its own; {@link KiboImportExportClientBuilderCustomizer} beans adjust the builder. The
 * client is closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(KiboImportExportClient.class)
@ConditionalOnBooleanProperty(name = {KiboImportExportAutoConfiguration.PREFIX + ".enabled",
    KiboImportExportAutoConfiguration.ALIAS_ENABLED}, matchIfMissing = true)
@EnableConfigurationProperties(KiboImportExportProperties.class)
public final class KiboImportExportAutoConfiguration {
  static final String PREFIX = "commerce.kibo";
  /**
   * A second name for {@code commerce.kibo.enabled}, as the design notes spell it; either set to
   * false turns the API off.
   */
  static final String ALIAS_ENABLED = "commerce.clients.kibo.enabled";
  private static final String CLIENT = "KiboImportExportClient";

  /** Creates the auto-configuration (Spring Boot does). */
  public KiboImportExportAutoConfiguration() {}

  /**
   * Returns the client built from the properties and the customizers; no request is sent until
   * its first call.
   *
   * @throws ClientPropertiesException if the tenant id, client id or shared secret is missing, or
   *     a property is invalid
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnAnyProperty(prefix = PREFIX, name = {"tenant-id", "client-id", "shared-secret"})
  public KiboImportExportClient kiboImportExportClient(KiboImportExportProperties properties,
      ObjectProvider<KiboImportExportClientBuilderCustomizer> customizers) {
    return ClientBuilderSettings.create(PREFIX, CLIENT, () -> builder(properties, customizers).build());
  }

  /**
   * Returns a builder with the properties applied, then the customizers in order.
   *
   * @throws ClientPropertiesException if the tenant id, client id or shared secret is missing
   * @throws io.commerceclients.core.validation.ValidationException if the polling options are invalid
   */
  static KiboImportExportClient.Builder builder(KiboImportExportProperties properties,
      ObjectProvider<KiboImportExportClientBuilderCustomizer> customizers) {
    ClientBuilderSettings.requireSet(PREFIX, CLIENT, ClientBuilderSettings.required(
        "tenant-id", properties.tenantId(), "client-id", properties.clientId(),
        "shared-secret", properties.sharedSecret()));
    KiboImportExportClient.Builder builder = KiboImportExportClient.builder();
    ClientBuilderSettings.applyCommon(builder, properties);
    builder.tenantId(properties.tenantId()).clientId(properties.clientId()).sharedSecret(properties.sharedSecret());
    if (properties.maxDownloadSize() != null) {
      builder.maxDownloadSize(properties.maxDownloadSize().toBytes());
    }
    if (properties.siteId() != null) {
      builder.siteId(properties.siteId());
    }
    if (properties.authHost() != null) {
      builder.authHost(properties.authHost());
    }
    if (properties.tenantHost() != null) {
      builder.tenantHost(properties.tenantHost());
    }
    if (properties.masterCatalog() != null) {
      builder.masterCatalog(properties.masterCatalog());
    }
    if (properties.catalog() != null) {
      builder.catalog(properties.catalog());
    }
    if (properties.locale() != null) {
      builder.locale(properties.locale());
    }
    if (properties.currency() != null) {
      builder.currency(properties.currency());
    }
    if (properties.polling().isSet()) {
      builder.polling(pollingOptions(properties.polling()));
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  private static PollingOptions pollingOptions(KiboImportExportProperties.Polling polling) {
    PollingOptions.Builder options = PollingOptions.builder();
    if (polling.initialDelay() != null) {
      options.initialDelay(polling.initialDelay());
    }
    if (polling.interval() != null) {
      options.interval(polling.interval());
    }
    if (polling.multiplier() != null) {
      options.multiplier(polling.multiplier());
    }
    if (polling.maxInterval() != null) {
      options.maxInterval(polling.maxInterval());
    }
    if (polling.timeout() != null) {
      options.timeout(polling.timeout());
    }
    if (polling.maxAttempts() != null) {
      options.maxAttempts(polling.maxAttempts());
    }
    return options.build();
  }
}
