package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kiliba.KilibaClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * A value the clients cannot take stops the startup with a report that names the property, for
 * each of the three APIs, and never prints a credential; the builders' own checks, not the
 * starter's, decide what is invalid.
 */
class PropertyValidationTest {
  static final String KILIBA_KEY = "kiliba-key-secret-7781";
  static final String KARLA_KEY = "karla-key-secret-7782";
  static final String KIBO_SECRET = "kibo-secret-7783";

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class));

  /** Credentials valid for every API, at loopback addresses nothing is called on. */
  private final ApplicationContextRunner credentials = runner.withPropertyValues(
      "commerce.kiliba.api-key=" + KILIBA_KEY, "commerce.kiliba.base-url=http://127.0.0.1:9",
      "commerce.karla.username=shop-user", "commerce.karla.api-key=" + KARLA_KEY,
      "commerce.karla.base-url=http://127.0.0.1:9",
      "commerce.kibo.tenant-id=100", "commerce.kibo.client-id=app.id", "commerce.kibo.shared-secret=" + KIBO_SECRET,
      "commerce.kibo.auth-host=http://127.0.0.1:9");

  @Test
  void theCredentialsAloneStartTheThreeClients() {
    credentials.run(context -> assertThat(context).hasNotFailed().hasSingleBean(KilibaClient.class)
        .hasSingleBean(KarlaClient.class).hasSingleBean(KiboImportExportClient.class));
  }

  @Test
  void everyNegativeTimeoutOfEveryApiNamesItsProperty() {
    List<String> unnamed = new ArrayList<>();
    for (String api : List.of("kiliba", "karla", "kibo")) {
      for (String timeout : List.of("connect-timeout", "read-timeout", "write-timeout", "call-timeout",
          "response-headers-timeout", "response-body-timeout")) {
        String property = "commerce." + api + "." + timeout;
        credentials.withPropertyValues(property + "=-1s").run(context -> {
          if (!propertiesAtFault(context.getStartupFailure()).equals(List.of(property))) {
            unnamed.add(property + " -> " + context.getStartupFailure());
          }
        });
      }
    }
    assertThat(unnamed).isEmpty();
  }

  @Test
  void aZeroConnectTimeoutIsRefusedButZeroResponseTimeoutsMeanNone() {
    credentials.withPropertyValues("commerce.kiliba.connect-timeout=0s").run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.kiliba.connect-timeout"));
    credentials.withPropertyValues("commerce.kiliba.response-headers-timeout=0",
        "commerce.kiliba.response-body-timeout=0", "commerce.kiliba.call-timeout=0s", "commerce.kiliba.max-retries=0")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void aPlainHttpUrlToAnotherHostNamesItsPropertyForEveryApi() {
    Map<String, String> urls = Map.of(
        "commerce.kiliba.base-url", "http://api.example.com",
        "commerce.karla.base-url", "http://api.example.com",
        "commerce.kibo.base-url", "http://t100.example.com/api/",
        "commerce.kibo.auth-host", "http://auth.example.com",
        "commerce.kibo.tenant-host", "http://t100.example.com");
    urls.forEach((property, url) -> credentials.withPropertyValues(property + "=" + url).run(context -> {
      assertThat(context).as(property).hasFailed();
      assertThat(propertiesAtFault(context.getStartupFailure())).as(property).containsExactly(property);
    }));
  }

  @Test
  void aBaseUrlThatIsNoUrlNamesItsProperty() {
    for (String url : List.of("not a url", "ftp://api.example.com", "https://")) {
      credentials.withPropertyValues("commerce.kiliba.base-url=" + url).run(context ->
          assertThat(propertiesAtFault(context.getStartupFailure())).as(url).containsExactly("commerce.kiliba.base-url"));
    }
  }

  @Test
  void aBlankSecondCredentialStopsTheStartupAsAMissingOneDoes() {
    credentials.withPropertyValues("commerce.karla.api-key=   ").run(context -> {
      assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.karla.api-key");
      assertThat(analysis(context.getStartupFailure()).getDescription())
          .isEqualTo("Cannot create the KarlaClient bean: commerce.karla.api-key is not set, while another "
              + "commerce.karla credential is");
    });
    credentials.withPropertyValues("commerce.kibo.shared-secret=").run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.kibo.shared-secret"));
    credentials.withPropertyValues("commerce.kibo.client-id= ").run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.kibo.client-id"));
  }

  @Test
  void blankCredentialsOfAnApiLeaveItsBeanOut() {
    runner.withPropertyValues("commerce.kiliba.api-key=", "commerce.karla.username= ", "commerce.karla.api-key=",
        "commerce.karla.shop=", "commerce.kibo.tenant-id=", "commerce.kibo.client-id=", "commerce.kibo.shared-secret= ")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class)
            .doesNotHaveBean(KarlaClient.class).doesNotHaveBean(KiboImportExportClient.class));
  }

  @Test
  void aKiboTenantIdThatIsNoPositiveNumberNamesItsProperty() {
    for (String tenant : List.of("abc", "-5", "0", "1.5")) {
      credentials.withPropertyValues("commerce.kibo.tenant-id=" + tenant).run(context -> {
        assertThat(context).as(tenant).hasFailed();
        assertThat(describe(context.getStartupFailure())).as(tenant).contains("commerce.kibo.tenant-id");
        assertNoSecretIn(context.getStartupFailure());
      });
    }
  }

  @Test
  void aResponseBodyCapBelowTheBuildersFloorNamesItsProperty() {
    for (String size : List.of("512B", "0B", "-1MB", "4GB")) {
      credentials.withPropertyValues("commerce.karla.max-response-body-size=" + size).run(context ->
          assertThat(propertiesAtFault(context.getStartupFailure())).as(size)
              .containsExactly("commerce.karla.max-response-body-size"));
    }
    credentials.withPropertyValues("commerce.kibo.max-download-size=0B").run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.kibo.max-download-size"));
  }

  @Test
  void everyInvalidPollingOptionNamesItsProperty() {
    Map<String, String> values = Map.of(
        "commerce.kibo.polling.initial-delay", "-1s",
        "commerce.kibo.polling.interval", "-2s",
        "commerce.kibo.polling.multiplier", "0.9",
        "commerce.kibo.polling.max-interval", "1ms",
        "commerce.kibo.polling.timeout", "0s",
        "commerce.kibo.polling.max-attempts", "0");
    values.forEach((property, value) -> credentials.withPropertyValues(property + "=" + value).run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).as(property).containsExactly(property)));
  }

  @Test
  void negativeRetriesAndABadApplicationNameNameTheirProperties() {
    credentials.withPropertyValues("commerce.karla.max-retries=-3").run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.karla.max-retries"));
    credentials.withPropertyValues("commerce.kibo.application-name=sync\u0007bell").run(context ->
        assertThat(propertiesAtFault(context.getStartupFailure())).containsExactly("commerce.kibo.application-name"));
  }

  @Test
  void anUnknownLogLevelOrDurationFailsBindingNamingTheProperty() {
    for (String bad : List.of("commerce.kiliba.log-level=verbose", "commerce.karla.read-timeout=soon",
        "commerce.kibo.polling.max-attempts=many", "commerce.kiliba.max-response-body-size=big")) {
      String property = bad.substring(0, bad.indexOf('='));
      credentials.withPropertyValues(bad).run(context -> {
        assertThat(context).as(bad).hasFailed();
        assertThat(describe(context.getStartupFailure())).as(bad).contains("'" + property + "'");
        assertNoSecretIn(context.getStartupFailure());
      });
    }
  }

  @Test
  void aBadValueOfADisabledApiDoesNotStopTheStartup() {
    credentials.withPropertyValues("commerce.kiliba.connect-timeout=-1s", "commerce.kiliba.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class));
  }

  private static List<String> propertiesAtFault(Throwable failure) {
    if (failure == null) {
      return List.of();
    }
    assertNoSecretIn(failure);
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ClientPropertiesException) {
        assertThat(analysis(failure).getDescription()).contains(((ClientPropertiesException) t).properties());
        return ((ClientPropertiesException) t).properties();
      }
    }
    return List.of("no ClientPropertiesException: " + failure);
  }

  private static FailureAnalysis analysis(Throwable failure) {
    FailureAnalysis analysis = new ClientPropertiesFailureAnalyzer().analyze(failure);
    assertThat(analysis).isNotNull();
    return analysis;
  }

  /** The starter's report, else the messages of the failure's chain (where Spring's binding names the property). */
  private static String describe(Throwable failure) {
    FailureAnalysis analysis = new ClientPropertiesFailureAnalyzer().analyze(failure);
    if (analysis != null) {
      return analysis.getDescription();
    }
    StringBuilder messages = new StringBuilder();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }

  static void assertNoSecretIn(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      assertThat(String.valueOf(t.getMessage())).doesNotContain(KILIBA_KEY, KARLA_KEY, KIBO_SECRET);
    }
  }
}
