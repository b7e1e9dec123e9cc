package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.micrometer.MicrometerClientObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.core.annotation.Order;

/**
 * Wires each client to the application's Micrometer registries when {@code
 * commerce-clients-micrometer} and Micrometer are on the class path: a builder customizer (run
 * first, so the application's own customizers can still replace it) sets a {@link
 * MicrometerClientObserver} tagged with the API's name as {@code client.name}. With a tracing
 * bridge on the observation registry, each request to the API carries {@code traceparent}; storage
 * URLs and public links never do. {@code commerce.observability.enabled=false} turns it off; {@code
 * commerce.observability.attempts.enabled=false} keeps the calls' observations but drops each HTTP
 * attempt's (and its {@code traceparent}), for an application whose agent already instruments OkHttp.
 */
@AutoConfiguration
@ConditionalOnClass({MicrometerClientObserver.class, ObservationRegistry.class, MeterRegistry.class})
@ConditionalOnBooleanProperty(name = "commerce.observability.enabled", matchIfMissing = true)
public final class CommerceClientsObservabilityAutoConfiguration {

  /** Creates the auto-configuration (Spring Boot does). */
  public CommerceClientsObservabilityAutoConfiguration() {}

  /** The property that turns off the observation of each HTTP attempt, when an agent instruments OkHttp. */
  static final String ATTEMPTS_ENABLED = "commerce.observability.attempts.enabled";

  static Optional<MicrometerClientObserver> observer(ObjectProvider<ObservationRegistry> observations,
      ObjectProvider<MeterRegistry> meters, Environment environment, String clientName) {
    ObservationRegistry observationRegistry = observations.getIfUnique();
    MeterRegistry meterRegistry = meters.getIfUnique();
    if (observationRegistry == null || meterRegistry == null) {
      return Optional.empty();
    }
    MicrometerClientObserver observer =
        MicrometerClientObserver.create(observationRegistry, meterRegistry).withClientName(clientName);
    boolean attempts = environment.getProperty(ATTEMPTS_ENABLED, Boolean.class, true);
    return Optional.of(attempts ? observer : observer.withoutAttemptObservations());
  }

  /** The Kiliba client's observer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.commerceclients.kiliba.KilibaClient")
  static final class KilibaObservability {
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    KilibaClientBuilderCustomizer kilibaObservability(ObjectProvider<ObservationRegistry> observations,
        ObjectProvider<MeterRegistry> meters, Environment environment) {
      return builder -> observer(observations, meters, environment, "kiliba").ifPresent(builder::observer);
    }
  }

  /** The Karla client's observer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.commerceclients.karla.KarlaClient")
  static final class KarlaObservability {
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    KarlaClientBuilderCustomizer karlaObservability(ObjectProvider<ObservationRegistry> observations,
        ObjectProvider<MeterRegistry> meters, Environment environment) {
      return builder -> observer(observations, meters, environment, "karla").ifPresent(builder::observer);
    }
  }

  /** The Kibo client's observer. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.commerceclients.kibo.importexport.KiboImportExportClient")
  static final class KiboObservability {
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    KiboImportExportClientBuilderCustomizer kiboObservability(ObjectProvider<ObservationRegistry> observations,
        ObjectProvider<MeterRegistry> meters, Environment environment) {
      return builder -> observer(observations, meters, environment, "kibo").ifPresent(builder::observer);
    }
  }
}
