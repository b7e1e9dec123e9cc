package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Opt-in health indicators, one per configured client, on Spring Boot 4's health API ({@code
 * spring-boot-health}): {@code kiliba}, {@code karla} and {@code kibo}, each created only when
 * {@code management.health.<name>.enabled=true} is set (Boot's own default of "on" does not apply)
 * and the client's credentials are. Each checks through a client of its own built from the same
 * properties and customizers, without retries and with {@code commerce.<api>.health.timeout} as
 * its deadline, and reuses a result for {@code commerce.<api>.health.cache-time-to-live}. They are
 * not added to the liveness or readiness groups.
 */
@AutoConfiguration(after = {KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
    KiboImportExportAutoConfiguration.class})
@ConditionalOnClass(name = "org.springframework.boot.health.contributor.HealthIndicator")
public final class CommerceClientsHealthAutoConfiguration {

  /** Creates the auto-configuration (Spring Boot does). */
  public CommerceClientsHealthAutoConfiguration() {}

  /** The {@code kiliba} indicator: reads one customer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(KilibaClient.class)
  @ConditionalOnBooleanProperty(name = {KilibaAutoConfiguration.PREFIX + ".enabled",
      KilibaAutoConfiguration.ALIAS_ENABLED},
      matchIfMissing = true)
  @ConditionalOnBooleanProperty(name = "management.health.kiliba.enabled")
  @ConditionalOnAnyProperty(prefix = KilibaAutoConfiguration.PREFIX, name = "api-key")
  @EnableConfigurationProperties(KilibaProperties.class)
  static class KilibaHealthConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(name = "kilibaHealthIndicator")
    ClientHealthIndicator kilibaHealthIndicator(KilibaProperties properties,
        ObjectProvider<KilibaClientBuilderCustomizer> customizers) {
      ClientBuilderSettings.checkHealth(KilibaAutoConfiguration.PREFIX, "KilibaClient", properties.health());
      KilibaClient client = ClientBuilderSettings.create(KilibaAutoConfiguration.PREFIX, "KilibaClient",
          () -> KilibaAutoConfiguration.builder(properties, customizers)
              .maxRetries(0).callTimeout(properties.health().timeout()).build());
      return ClientHealthIndicator.of("kiliba", client,
          kiliba -> kiliba.customers().list(ListCustomersRequest.builder().limit(1).page(1).build()),
          properties.health().cacheTimeToLive(), Clock.systemUTC());
    }
  }

  /** The {@code karla} indicator: reads the default shop. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(KarlaClient.class)
  @ConditionalOnBooleanProperty(name = {KarlaAutoConfiguration.PREFIX + ".enabled",
      KarlaAutoConfiguration.ALIAS_ENABLED},
      matchIfMissing = true)
  @ConditionalOnBooleanProperty(name = "management.health.karla.enabled")
  @ConditionalOnAnyProperty(prefix = KarlaAutoConfiguration.PREFIX, name = {"username", "api-key", "shop"})
  @EnableConfigurationProperties(KarlaProperties.class)
  static class KarlaHealthConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(name = "karlaHealthIndicator")
    ClientHealthIndicator karlaHealthIndicator(KarlaProperties properties,
        ObjectProvider<KarlaClientBuilderCustomizer> customizers) {
      ClientBuilderSettings.checkHealth(KarlaAutoConfiguration.PREFIX, "KarlaClient", properties.health());
      KarlaClient client = ClientBuilderSettings.create(KarlaAutoConfiguration.PREFIX, "KarlaClient",
          () -> KarlaAutoConfiguration.builder(properties, customizers)
              .maxRetries(0).callTimeout(properties.health().timeout()).build());
      return ClientHealthIndicator.of("karla", client, karla -> karla.shop().get(),
          properties.health().cacheTimeToLive(), Clock.systemUTC());
    }
  }

  /** The {@code kibo} indicator: reads the id of one import job (after a token, on the first check). */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(KiboImportExportClient.class)
  @ConditionalOnBooleanProperty(name = {KiboImportExportAutoConfiguration.PREFIX + ".enabled",
      KiboImportExportAutoConfiguration.ALIAS_ENABLED},
      matchIfMissing = true)
  @ConditionalOnBooleanProperty(name = "management.health.kibo.enabled")
  @ConditionalOnAnyProperty(prefix = KiboImportExportAutoConfiguration.PREFIX,
      name = {"tenant-id", "client-id", "shared-secret"})
  @EnableConfigurationProperties(KiboImportExportProperties.class)
  static class KiboHealthConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(name = "kiboHealthIndicator")
    ClientHealthIndicator kiboHealthIndicator(KiboImportExportProperties properties,
        ObjectProvider<KiboImportExportClientBuilderCustomizer> customizers) {
      ClientBuilderSettings.checkHealth(KiboImportExportAutoConfiguration.PREFIX, "KiboImportExportClient",
          properties.health());
      KiboImportExportClient client = ClientBuilderSettings.create(KiboImportExportAutoConfiguration.PREFIX,
          "KiboImportExportClient", () -> KiboImportExportAutoConfiguration.builder(properties, customizers)
              .maxRetries(0).callTimeout(properties.health().timeout()).build());
      return ClientHealthIndicator.of("kibo", client,
          kibo -> kibo.imports().list(ListJobsRequest.builder().pageSize(1).responseFields("id").build()),
          properties.health().cacheTimeToLive(), Clock.systemUTC());
    }
  }
}
