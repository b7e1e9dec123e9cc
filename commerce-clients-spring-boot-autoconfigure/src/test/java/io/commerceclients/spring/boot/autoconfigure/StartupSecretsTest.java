package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The secrets stay hidden where a Spring Boot application shows its configuration: the actuator
 * endpoints with their default settings, and the failure a real {@link SpringApplication} start
 * ends with when a property is wrong.
 */
class StartupSecretsTest {
  private static final String KILIBA_KEY = PropertyValidationTest.KILIBA_KEY;
  private static final String KARLA_KEY = PropertyValidationTest.KARLA_KEY;
  private static final String KIBO_SECRET = PropertyValidationTest.KIBO_SECRET;

  private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Test
  void theEndpointsWithTheirDefaultSettingsShowNoSecret() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
            KiboImportExportAutoConfiguration.class, CommerceClientsActuatorAutoConfiguration.class,
            ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=*", "commerce.kiliba.api-key=" + KILIBA_KEY,
            "commerce.kiliba.base-url=http://127.0.0.1:9", "commerce.kibo.tenant-id=10001",
            "commerce.kibo.client-id=app.id", "commerce.kibo.auth-host=http://127.0.0.1:9")
        .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
            new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("COMMERCE_KARLA_USERNAME", "shop-user",
                "COMMERCE_KARLA_APIKEY", KARLA_KEY, "COMMERCE_KIBO_SHAREDSECRET", KIBO_SECRET,
                "COMMERCE_KARLA_BASEURL", "http://127.0.0.1:9"))))
        .run(context -> {
          assertThat(context).hasNotFailed();
          String output = json.writeValueAsString(
              context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties())
              + json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null))
              + json.writeValueAsString(context.getBean(EnvironmentEndpoint.class)
                  .environmentEntry("commerce.karla.api-key"));
          assertThat(output).contains("commerce.kiliba").doesNotContain(KILIBA_KEY, KARLA_KEY, KIBO_SECRET);
        });
  }

  @Test
  void aRealApplicationThatCannotStartReportsThePropertyAndNoSecret() {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setDefaultProperties(Map.of("commerce.kiliba.api-key", KILIBA_KEY,
        "commerce.kiliba.base-url", "http://kiliba.example.com", "commerce.karla.username", "shop-user",
        "commerce.karla.api-key", KARLA_KEY, "commerce.kibo.tenant-id", "10001",
        "commerce.kibo.shared-secret", KIBO_SECRET, "spring.main.banner-mode", "off"));

    Throwable failure = catchThrowable(() -> application.run().close());

    ClientPropertiesException cause = KarlaAutoConfigurationTest.rootCause(failure);
    assertThat(cause.properties()).hasSize(1).first().isIn("commerce.kiliba.base-url", "commerce.kibo.client-id");
    PropertyValidationTest.assertNoSecretIn(failure);
    assertThat(String.valueOf(new ClientPropertiesFailureAnalyzer().analyze(failure)))
        .doesNotContain(KILIBA_KEY, KARLA_KEY, KIBO_SECRET);
  }

  @Test
  void aRealApplicationStartsWithTheThreeClientsAndClosesThem() {
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setDefaultProperties(Map.of("commerce.kiliba.api-key", KILIBA_KEY,
        "commerce.kiliba.base-url", "http://127.0.0.1:9", "commerce.karla.username", "shop-user",
        "commerce.karla.api-key", KARLA_KEY, "commerce.karla.base-url", "http://127.0.0.1:9",
        "commerce.kibo.tenant-id", "10001", "commerce.kibo.client-id", "app.id",
        "commerce.kibo.shared-secret", KIBO_SECRET, "commerce.kibo.auth-host", "http://127.0.0.1:9",
        "spring.main.lazy-initialization", "true"));

    try (ConfigurableApplicationContext context = application.run()) {
      assertThat(context.getBeansOfType(io.commerceclients.kiliba.KilibaClient.class)).hasSize(1);
      assertThat(context.getBean(io.commerceclients.karla.KarlaClient.class).toString())
          .doesNotContain(KARLA_KEY);
    }
  }

  /** An application that imports the starter's auto-configurations as Spring Boot would. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
      KiboImportExportAutoConfiguration.class})
  static class Application {}
}
