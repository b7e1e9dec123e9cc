package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.micrometer.MicrometerClientObserver;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RecordedRequest;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What the auto-configured observers publish for Karla and Kibo calls that carry a shop slug, an
 * e-mail, file ids and a public link: only low-cardinality tags, {@code client.name} the API's name
 * (never a host), and {@code traceparent} only on the API's own requests.
 */
class ObservationKeysTest {
  private static final String TRACEPARENT = "00-0000000000000000000000000000002a-00000000000000b2-01";

  @RegisterExtension
  static final FakeKarla karla = new FakeKarla();
  @RegisterExtension
  static final FakeKibo kibo = new FakeKibo();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KarlaAutoConfiguration.class, KiboImportExportAutoConfiguration.class,
          CommerceClientsObservabilityAutoConfiguration.class))
      .withPropertyValues(FakeProperties.of(karla)).withPropertyValues(FakeProperties.of(kibo))
      .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
      .withBean(ObservationRegistry.class, ObservationRegistry::create);

  @BeforeEach
  void reset() {
    karla.reset();
    kibo.reset();
  }

  @Test
  void tagsHoldNoSlugEmailIdHostOrQueryAndClientNameIsTheApisName(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("catalog-42.csv"), "id,name\n42,Chair\n");
    String[] fileId = new String[1];
    URI[] link = new URI[1];
    runner.run(context -> {
      MeterRegistry meters = context.getBean(MeterRegistry.class);
      context.getBean(ObservationRegistry.class).observationConfig()
          .observationHandler(new DefaultMeterObservationHandler(meters))
          .observationHandler(new TraceparentPropagator(TRACEPARENT));
      context.getBean(KarlaClient.class).orders().search(OrderSearchRequest.builder()
          .emailId("ann.smith@example.com").orderNumber("ORD-987654").build());
      KiboImportExportClient kiboClient = context.getBean(KiboImportExportClient.class);
      fileId[0] = kiboClient.files().upload(file).id().orElseThrow();
      kiboClient.files().download(fileId[0], new ByteArrayOutputStream());
      link[0] = kiboClient.files().publicLink(fileId[0]);
      kiboClient.files().downloadPublicLink(link[0], new ByteArrayOutputStream());

      List<Tag> tags = meters.getMeters().stream().map(Meter::getId).flatMap(id -> id.getTags().stream())
          .collect(Collectors.toList());
      assertThat(tags).isNotEmpty();
      assertThat(tags).allSatisfy(tag -> assertThat(tag.getValue()).doesNotContain(karla.username(), "@", "?",
          "example.com", "ORD-987654", "127.0.0.1", "localhost", kibo.tenantHost(), fileId[0], String.valueOf(kibo.tenantId()),
          "public-files", "catalog-42"));
      assertThat(tags.stream().filter(tag -> tag.getKey().equals("client.name")).map(Tag::getValue).distinct())
          .containsExactlyInAnyOrder("karla", "kibo");
      assertThat(meters.get(MicrometerClientObserver.REQUESTS).tag("client.name", "karla").timer().getId()
          .getTag("uri")).contains("{");
    });
    List<RecordedRequest> kiboRequests = kibo.requests();
    RecordedRequest publicFile = kiboRequests.stream().filter(r -> r.path().startsWith("/public-files/"))
        .findFirst().orElseThrow();
    assertThat(publicFile.header("traceparent")).isEmpty();
    assertThat(publicFile.header("Authorization")).isEmpty();
    assertThat(kiboRequests.stream().filter(r -> r.path().contains("/files/" + fileId[0] + "/content")))
        .allSatisfy(r -> assertThat(r.header("traceparent")).hasValue(TRACEPARENT));
    assertThat(karla.requests()).allSatisfy(r -> assertThat(r.header("traceparent")).hasValue(TRACEPARENT));
  }
}
