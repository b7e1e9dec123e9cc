package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.RecordedRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class KarlaAutoConfigurationTest {
  @RegisterExtension
  static final FakeKarla karla = new FakeKarla();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class));

  @BeforeEach
  void resetFake() {
    karla.reset();
  }

  @Test
  void noClientWithoutCredentials() {
    runner.withPropertyValues("commerce.karla.base-url=" + karla.baseUrl())
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KarlaClient.class));
  }

  @Test
  void clientSendsBasicCredentialsAndTheVersionToTheConfiguredHost() {
    runner.withPropertyValues("commerce.karla.base-url=" + karla.baseUrl(), "commerce.karla.username=" + karla.username(),
        "commerce.karla.api-key=" + karla.apiKey(), "commerce.karla.shop=" + karla.shop(),
        "commerce.karla.karla-version=2025-02-01").run(context -> {
          KarlaClient client = context.getBean(KarlaClient.class);
          assertThat(client.defaultShop()).isEqualTo(karla.shop());
          client.shop().get();

          RecordedRequest request = karla.requests().get(0);
          assertThat(request.method()).isEqualTo("GET");
          assertThat(request.path()).isEqualTo("/v1/shops/" + karla.shop());
          assertThat(request.header("Authorization")).contains("Basic " + Base64.getEncoder().encodeToString(
              (karla.username() + ":" + karla.apiKey()).getBytes(StandardCharsets.UTF_8)));
          assertThat(request.header("Karla-Version")).contains("2025-02-01");
        });
  }

  @Test
  void shopAloneServesAsTheUsername() {
    runner.withPropertyValues("commerce.karla.base-url=" + karla.baseUrl(), "commerce.karla.shop=" + karla.shop(),
        "commerce.karla.api-key=" + karla.apiKey()).run(context -> {
          context.getBean(KarlaClient.class).shop().get();
          assertThat(karla.requests().get(0).header("Authorization")).contains("Basic " + Base64.getEncoder()
              .encodeToString((karla.shop() + ":" + karla.apiKey()).getBytes(StandardCharsets.UTF_8)));
        });
  }

  @Test
  void usernameWithoutApiKeyFailsStartupNamingTheMissingProperty() {
    runner.withPropertyValues("commerce.karla.username=gokarla").run(context -> {
      assertThat(context).hasFailed();
      FailureAnalysis analysis = new ClientPropertiesFailureAnalyzer().analyze(context.getStartupFailure());

      assertThat(analysis.getDescription())
          .isEqualTo("Cannot create the KarlaClient bean: commerce.karla.api-key is not set, while another "
              + "commerce.karla credential is");
      assertThat(analysis.getAction()).startsWith("Set commerce.karla.api-key ");
    });
  }

  @Test
  void apiKeyWithoutUsernameOrShopFailsStartup() {
    runner.withPropertyValues("commerce.karla.api-key=secret-key-1").run(context -> {
      ClientPropertiesException failure = rootCause(context.getStartupFailure());
      assertThat(failure.properties()).containsExactly("commerce.karla.username", "commerce.karla.shop");
      assertThat(failure.getMessage()).doesNotContain("secret-key-1");
    });
  }

  @Test
  void invalidVersionNamesTheProperty() {
    runner.withPropertyValues("commerce.karla.shop=s", "commerce.karla.api-key=k", "commerce.karla.karla-version=latest")
        .run(context -> assertThat(rootCause(context.getStartupFailure()).properties())
            .containsExactly("commerce.karla.karla-version"));
  }

  @Test
  void disabledKarlaIgnoresPartialCredentials() {
    runner.withPropertyValues("commerce.karla.username=gokarla", "commerce.karla.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KarlaClient.class));
    runner.withPropertyValues("commerce.karla.username=gokarla", "commerce.clients.karla.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KarlaClient.class));
  }

  static ClientPropertiesException rootCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ClientPropertiesException) {
        return (ClientPropertiesException) t;
      }
    }
    throw new AssertionError("no ClientPropertiesException in " + failure, failure);
  }
}
