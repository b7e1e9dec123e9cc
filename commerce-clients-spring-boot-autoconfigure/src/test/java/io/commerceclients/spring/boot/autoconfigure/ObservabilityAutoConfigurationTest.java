package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.micrometer.MicrometerClientObserver;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.RecordedRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** The clients record metrics and propagate traces through the application's registries. */
class ObservabilityAutoConfigurationTest {
  private static final String TRACEPARENT = "00-0000000000000000000000000000002a-00000000000000a1-01";

  @RegisterExtension
  static final FakeKiliba kiliba = new FakeKiliba();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class,
          CommerceClientsObservabilityAutoConfiguration.class))
      .withPropertyValues(FakeProperties.of(kiliba))
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
      .withBean(ObservationRegistry.class, ObservationRegistry::create);

  @BeforeEach
  void reset() {
    kiliba.reset();
  }

  @Test
  void aRealCallIsTimedAndTracedAndStorageGetsNoTraceHeader(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("store.csv"), "email;firstname\na@example.com;Ann\n");
    runner.run(context -> {
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      context.getBean(ObservationRegistry.class).observationConfig()
          .observationHandler(new DefaultMeterObservationHandler(meters))
          .observationHandler(new TraceparentPropagator(TRACEPARENT));
      KilibaClient client = context.getBean(KilibaClient.class);
      client.customers().list(ListCustomersRequest.builder().limit(5).build());
      client.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build());

      assertThat(meters.get(MicrometerClientObserver.OPERATIONS).tag("operation", "kiliba.listCustomers")
          .tag("outcome", "SUCCESS").tag("client.name", "kiliba").timer().count()).isEqualTo(1);
      assertThat(meters.get(MicrometerClientObserver.REQUESTS).tag("uri", "/client/v1/customers/paginated")
          .timer().count()).isEqualTo(1);
    });
    RecordedRequest list = kiliba.requests().stream().filter(r -> r.method().equals("GET")).findFirst().orElseThrow();
    assertThat(list.header("traceparent")).hasValue(TRACEPARENT);
    RecordedRequest storage = kiliba.requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
    assertThat(storage.header("traceparent")).isEmpty();
  }

  /** An application customizer ordered early, which sets an observer of its own. */
  @Configuration(proxyBeanMethods = false)
  static class EarlyObserver {
    static final AtomicInteger CALLS = new AtomicInteger();

    @Bean
    @Order(-10)
    KilibaClientBuilderCustomizer myObserver() {
      return builder -> builder.observer(new ClientObserver() {
        @Override
        public CallObservation callStarted(CallInfo call) {
          CALLS.incrementAndGet();
          return CallObservation.NONE;
        }
      });
    }
  }

  @Test
  void theMicrometerCustomizerRunsFirstSoAnApplicationsObserverWins() {
    runner.withUserConfiguration(EarlyObserver.class).run(context -> {
      context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(1).build());
      assertThat(EarlyObserver.CALLS.get()).isEqualTo(1);
    });
  }

  @Test
  void attemptObservationsCanBeTurnedOffForAnAgentThatInstrumentsOkHttp() {
    runner.withPropertyValues("commerce.observability.attempts.enabled=false").run(context -> {
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      context.getBean(ObservationRegistry.class).observationConfig()
          .observationHandler(new DefaultMeterObservationHandler(meters))
          .observationHandler(new TraceparentPropagator(TRACEPARENT));
      context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(1).build());

      assertThat(meters.get(MicrometerClientObserver.OPERATIONS).tag("client.name", "kiliba").timer().count())
          .isEqualTo(1);
      assertThat(meters.find(MicrometerClientObserver.REQUESTS).meters()).isEmpty();
    });
    assertThat(kiliba.requests()).hasSize(1);
    assertThat(kiliba.requests().get(0).header("traceparent")).isEmpty();
  }

  @Test
  void itCanBeTurnedOffAndNeedsBothRegistries() {
    runner.withPropertyValues("commerce.observability.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(KilibaClientBuilderCustomizer.class));
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class,
            CommerceClientsObservabilityAutoConfiguration.class))
        .withPropertyValues(FakeProperties.of(kiliba))
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(KilibaClient.class);
          context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(1).build());
        });
  }
}
