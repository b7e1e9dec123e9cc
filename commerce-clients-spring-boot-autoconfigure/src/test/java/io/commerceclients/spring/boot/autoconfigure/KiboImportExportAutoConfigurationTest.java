package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KiboImportExportAutoConfigurationTest {
  @RegisterExtension
  static final FakeKibo kibo = new FakeKibo();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class));

  private ApplicationContextRunner configured() {
    return runner.withPropertyValues(FakeProperties.of(kibo));
  }

  @BeforeEach
  void resetFake() {
    kibo.reset();
  }

  @Test
  void noClientWithoutCredentials() {
    runner.withPropertyValues("commerce.kibo.auth-host=" + kibo.baseUrl())
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KiboImportExportClient.class));
  }

  @Test
  void clientAuthenticatesWithTheConfiguredCredentialsThenCallsTheTenant() {
    configured().withPropertyValues("commerce.kibo.site-id=7", "commerce.kibo.locale=en-US").run(context -> {
      context.getBean(KiboImportExportClient.class).imports().list(ListJobsRequest.builder().pageSize(3).build());

      List<RecordedRequest> requests = kibo.requests();
      RecordedRequest token = requests.get(0);
      assertThat(token.method() + " " + token.path()).isEqualTo("POST /api/platform/applications/authtickets/oauth");
      assertThat(token.bodyText()).contains("\"" + kibo.clientId() + "\"", "\"" + kibo.sharedSecret() + "\"");
      RecordedRequest list = requests.get(requests.size() - 1);
      assertThat(list.method() + " " + list.path()).isEqualTo("GET /api/platform/data/import");
      assertThat(list.rawQuery()).contains("pageSize=3");
      assertThat(list.header("Authorization").orElseThrow()).startsWith("Bearer ");
      assertThat(list.header("x-vol-site")).contains("7");
      assertThat(list.header("x-vol-locale")).contains("en-US");
      assertThat(list.bodyText()).doesNotContain(kibo.sharedSecret());
    });
  }

  @Test
  void eitherEnabledPropertySetToFalseLeavesTheClientOut() {
    configured().withPropertyValues("commerce.kibo.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KiboImportExportClient.class));
    configured().withPropertyValues("commerce.clients.kibo.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KiboImportExportClient.class));
  }

  @Test
  void clientIdAloneFailsStartupNamingTheOtherCredentials() {
    runner.withPropertyValues("commerce.kibo.client-id=app.id").run(context ->
        assertThat(KarlaAutoConfigurationTest.rootCause(context.getStartupFailure()).properties())
            .containsExactly("commerce.kibo.tenant-id", "commerce.kibo.shared-secret"));
  }

  @Test
  void invalidPollingOptionNamesTheProperty() {
    configured().withPropertyValues("commerce.kibo.polling.multiplier=0.5").run(context ->
        assertThat(KarlaAutoConfigurationTest.rootCause(context.getStartupFailure()).properties())
            .containsExactly("commerce.kibo.polling.multiplier"));
  }

  @Test
  void pollingPropertiesBindAsDurations() {
    configured().withPropertyValues("commerce.kibo.polling.interval=250ms", "commerce.kibo.polling.max-interval=2s",
        "commerce.kibo.polling.timeout=10m").run(context -> {
          KiboImportExportProperties.Polling polling = context.getBean(KiboImportExportProperties.class).polling();
          assertThat(polling.interval()).hasMillis(250);
          assertThat(polling.maxInterval()).hasSeconds(2);
          assertThat(polling.timeout()).hasMinutes(10);
          assertThat(context).hasSingleBean(KiboImportExportClient.class);
        });
  }

  @Test
  void maxDownloadSizeCapsDownloads(@TempDir Path dir) throws Exception {
    configured().withPropertyValues("commerce.kibo.max-download-size=10B").run(context -> {
      KiboImportExportClient client = context.getBean(KiboImportExportClient.class);
      Path file = Files.writeString(dir.resolve("eleven.csv"), "0123456789\n");
      String id = client.files().upload(file).id().orElseThrow();
      ProtocolException e = assertThrows(ProtocolException.class,
          () -> client.files().download(id, new ByteArrayOutputStream()));
      assertThat(e.getMessage()).contains("maxDownloadSize", "10-byte cap");
    });
  }

  @Test
  void propertiesNeverPrintTheSecret() {
    configured().run(context -> assertThat(context.getBean(KiboImportExportProperties.class).toString())
        .doesNotContain(kibo.sharedSecret()));
  }
}
