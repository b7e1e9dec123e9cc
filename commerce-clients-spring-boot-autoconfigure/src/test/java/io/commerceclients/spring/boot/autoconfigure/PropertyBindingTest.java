package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.RecordedRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/**
 * The documented properties bind in the forms Spring Boot users write them (ISO and plain
 * durations, data sizes, enum names in any case, camelCase keys) and reach the wire.
 */
class PropertyBindingTest {
  @RegisterExtension
  static final FakeKiliba kiliba = new FakeKiliba();
  @RegisterExtension
  static final FakeKibo kibo = new FakeKibo();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class))
      .withPropertyValues(FakeProperties.of(kiliba))
      .withPropertyValues(FakeProperties.of(kibo));

  @BeforeEach
  void resetFakes() {
    kiliba.reset();
    kibo.reset();
  }

  @Test
  void durationsBindInIsoSuffixedAndPlainMillisecondForms() {
    runner.withPropertyValues("commerce.kiliba.connect-timeout=PT2S", "commerce.kiliba.read-timeout=1500",
        "commerce.kiliba.write-timeout=3s", "commerce.kiliba.call-timeout=1m", "commerce.kiliba.response-headers-timeout=0",
        "commerce.kiliba.response-body-timeout=PT0.5S", "commerce.kiliba.health.timeout=750",
        "commerce.kiliba.health.cache-time-to-live=2m").run(context -> {
          KilibaProperties properties = context.getBean(KilibaProperties.class);
          assertThat(properties.connectTimeout()).isEqualTo(Duration.ofSeconds(2));
          assertThat(properties.readTimeout()).isEqualTo(Duration.ofMillis(1500));
          assertThat(properties.writeTimeout()).isEqualTo(Duration.ofSeconds(3));
          assertThat(properties.callTimeout()).isEqualTo(Duration.ofMinutes(1));
          assertThat(properties.responseHeadersTimeout()).isZero();
          assertThat(properties.responseBodyTimeout()).isEqualTo(Duration.ofMillis(500));
          assertThat(properties.health().timeout()).isEqualTo(Duration.ofMillis(750));
          assertThat(properties.health().cacheTimeToLive()).isEqualTo(Duration.ofMinutes(2));
          context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(1).build());
        });
  }

  @Test
  void logLevelNamesBindInAnyCase() {
    for (String level : List.of("body", "BODY", "Headers", "basic", "NONE")) {
      runner.withPropertyValues("commerce.kiliba.log-level=" + level).run(context ->
          assertThat(context.getBean(KilibaProperties.class).logLevel()).as(level)
              .isEqualTo(HttpLogLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT))));
    }
  }

  @Test
  void aResponseBodyCapInSpringsDataSizeFormIsEnforced() {
    kiliba.customers().addGenerated(40);
    runner.withPropertyValues("commerce.kiliba.max-response-body-size=1KB", "commerce.kiliba.max-retries=0")
        .run(context -> {
          assertThat(context.getBean(KilibaProperties.class).maxResponseBodySize()).isEqualTo(DataSize.ofKilobytes(1));
          assertThatThrownBy(() -> context.getBean(KilibaClient.class).customers()
              .list(ListCustomersRequest.builder().limit(40).build()))
              .isInstanceOf(ProtocolException.class).hasMessageContaining("maxResponseBodySize");
        });
  }

  @Test
  void kiboContextHeadersAndCamelCaseKeysReachTheWire() {
    runner.withPropertyValues("commerce.kibo.masterCatalog=2", "commerce.kibo.catalog=3",
        "commerce.kibo.currency=EUR", "commerce.kibo.site-id=7", "commerce.kibo.applicationName=feed-sync/2.0")
        .run(context -> {
          context.getBean(KiboImportExportClient.class).imports().list(ListJobsRequest.builder().pageSize(1).build());

          List<RecordedRequest> requests = kibo.requests();
          RecordedRequest list = requests.get(requests.size() - 1);
          assertThat(list.path()).isEqualTo("/api/platform/data/import");
          assertThat(list.header("x-vol-master-catalog")).contains("2");
          assertThat(list.header("x-vol-catalog")).contains("3");
          assertThat(list.header("x-vol-currency")).contains("EUR");
          assertThat(list.header("x-vol-site")).contains("7");
          assertThat(list.header("User-Agent").orElseThrow()).endsWith(" feed-sync/2.0");
        });
  }

  @Test
  void aKiboTenantHostSkipsTheTenantLookup() {
    runner.withPropertyValues("commerce.kibo.tenant-host=" + kibo.tenantHost()).run(context -> {
      context.getBean(KiboImportExportClient.class).imports().list(ListJobsRequest.builder().pageSize(1).build());

      assertThat(kibo.requests()).extracting(RecordedRequest::path)
          .noneMatch(path -> path.startsWith("/api/platform/tenants/"))
          .contains("/api/platform/data/import");
    });
  }

  @Test
  void enabledFlagsTakeSpringsBooleanForms() {
    for (String off : List.of("false", "FALSE", "off", "no")) {
      runner.withPropertyValues("commerce.kiliba.enabled=" + off).run(context ->
          assertThat(context).as(off).hasNotFailed().doesNotHaveBean(KilibaClient.class)
              .hasSingleBean(KiboImportExportClient.class));
    }
  }
}
