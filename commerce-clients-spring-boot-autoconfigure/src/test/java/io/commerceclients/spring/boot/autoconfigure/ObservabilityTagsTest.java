package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.micrometer.MicrometerClientObserver;
import io.commerceclients.testing.server.Fault;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Every client the starter builds records the documented meters, tagged with its API's name, and
 * no tag of any meter carries a credential, whether the call succeeds, is retried or is refused.
 */
class ObservabilityTagsTest {
  @RegisterExtension
  static final StarterFakes fakes = new StarterFakes();

  private final ApplicationContextRunner runner = fakes.runner(CommerceClientsObservabilityAutoConfiguration.class)
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
      .withBean(ObservationRegistry.class, ObservationRegistry::create);

  @Test
  void theThreeClientsRecordTheDocumentedMetersAndNoTagHoldsACredential() {
    fakes.kiliba.faults().failNext(1, Fault.status(503));
    fakes.karla.faults().failNext(1, Fault.status(401, "{\"message\":\"bad key " + fakes.karla.apiKey() + "\"}"));
    runner.run(context -> {
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      context.getBean(ObservationRegistry.class).observationConfig()
          .observationHandler(new DefaultMeterObservationHandler(meters));
      context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(2).build());
      assertThatThrownBy(() -> context.getBean(KarlaClient.class).shop().get())
          .isInstanceOf(AuthenticationException.class);
      context.getBean(KiboImportExportClient.class).imports().list(ListJobsRequest.builder().pageSize(1).build());

      assertThat(meters.get(MicrometerClientObserver.OPERATIONS).tag("client.name", "kiliba")
          .tag("outcome", "SUCCESS").timer().count()).isEqualTo(1);
      assertThat(meters.get(MicrometerClientObserver.OPERATIONS).tag("client.name", "karla").timers()).isNotEmpty();
      assertThat(meters.get(MicrometerClientObserver.OPERATIONS).tag("client.name", "kibo").timers()).isNotEmpty();
      assertThat(meters.get("commerce.client.retries").tag("client.name", "kiliba").counter().count()).isEqualTo(1);
      assertThat(meters.find("commerce.client.response.size").tag("client.name", "kibo").summaries()).isNotEmpty();
      Set<String> clientNames = meters.getMeters().stream().map(m -> m.getId().getTag("client.name"))
          .collect(Collectors.toSet());
      assertThat(clientNames).containsExactlyInAnyOrder("kiliba", "karla", "kibo");

      String basic = Base64.getEncoder().encodeToString(
          (fakes.karla.username() + ":" + fakes.karla.apiKey()).getBytes(StandardCharsets.UTF_8));
      for (Meter meter : meters.getMeters()) {
        for (Tag tag : meter.getId().getTags()) {
          assertThat(tag.getValue()).as(meter.getId().toString())
              .doesNotContain(fakes.kiliba.apiKey(), fakes.karla.apiKey(), fakes.kibo.sharedSecret(), basic);
        }
      }
    });
  }
}
