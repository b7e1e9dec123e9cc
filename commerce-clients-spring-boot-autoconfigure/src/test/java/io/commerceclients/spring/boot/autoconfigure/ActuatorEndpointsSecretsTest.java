package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The configprops and env endpoints, told to show values, still mask the clients' secrets, in
 * every form a secret can be set in, while they show the other values.
 */
class ActuatorEndpointsSecretsTest {
  private static final String KILIBA_KEY = "kiliba-secret-0001";
  private static final String KARLA_KEY = "karla-secret-0002";
  private static final String KIBO_SECRET = "kibo-secret-0003";
  private static final String KARLA_KEY_FROM_VARIABLE = "karla-secret-0004";
  private static final String SDK_VARIABLE_KEY = "kiliba-secret-0005";

  private final ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class, CommerceClientsActuatorAutoConfiguration.class,
          ConfigurationPropertiesReportEndpointAutoConfiguration.class, EnvironmentEndpointAutoConfiguration.class))
      .withPropertyValues("management.endpoints.web.exposure.include=configprops,env",
          "management.endpoint.configprops.show-values=always", "management.endpoint.env.show-values=always",
          "commerce.kiliba.api-key=" + KILIBA_KEY, "commerce.kiliba.base-url=http://127.0.0.1:9",
          "commerce.karla.username=visible-user", "commerce.karla.base-url=http://127.0.0.1:9",
          "commerce.kibo.tenant-id=10001", "commerce.kibo.client-id=visible.client.id",
          "commerce.kibo.shared-secret=" + KIBO_SECRET, "commerce.kibo.auth-host=http://127.0.0.1:9")
      .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource(
          "test-systemEnvironment", Map.of("COMMERCE_KARLA_APIKEY", KARLA_KEY_FROM_VARIABLE, "KILIBA_API_KEY", SDK_VARIABLE_KEY))));

  @Test
  void configpropsMasksEverySecretAndShowsTheRest() {
    runner.run(context -> {
      String output = json.writeValueAsString(
          context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties());

      assertThat(output).contains("visible-user", "visible.client.id", "******");
      assertThat(output).doesNotContain(KILIBA_KEY, KARLA_KEY, KIBO_SECRET, KARLA_KEY_FROM_VARIABLE);
    });
  }

  @Test
  void envMasksEverySecretAndShowsTheRest() {
    runner.withPropertyValues("commerce.karla.apiKey=" + KARLA_KEY).run(context -> {
      String output = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));

      assertThat(output).contains("visible-user", "visible.client.id", "******");
      assertThat(output).doesNotContain(KILIBA_KEY, KARLA_KEY, KIBO_SECRET, KARLA_KEY_FROM_VARIABLE, SDK_VARIABLE_KEY);
    });
  }

  @Test
  void envEntryOfASecretIsMasked() {
    runner.run(context -> {
      String output = json.writeValueAsString(
          context.getBean(EnvironmentEndpoint.class).environmentEntry("commerce.kibo.shared-secret"));

      assertThat(output).contains("******").doesNotContain(KIBO_SECRET);
    });
  }

  @Test
  void aSecretAssignedInsideAValueIsMaskedByTheSameRuleAsAKeyAndNothingElseIs() {
    assertThat(CommerceClientsSanitizingFunction.maskAssignedSecrets(
        "app.jar --commerce.kiliba.api-key=k1 --server.port=8080 -DCOMMERCE_KARLA_APIKEY: k2"))
        .isEqualTo("app.jar --commerce.kiliba.api-key=****** --server.port=8080 -DCOMMERCE_KARLA_APIKEY: ******");
    assertThat(CommerceClientsSanitizingFunction.maskAssignedSecrets(
        "-Xmx1g -Dcommerce.kibo.shared-secret='s 3' KIBO_SHARED_SECRET=\"s 4\""))
        .isEqualTo("-Xmx1g -Dcommerce.kibo.shared-secret=****** KIBO_SHARED_SECRET=******");
    String plain = "--commerce.kiliba.base-url=http://localhost:8080 --commerce.karla.username=me";
    assertThat(CommerceClientsSanitizingFunction.maskAssignedSecrets(plain)).isSameAs(plain);
  }

  @Test
  void envMasksASecretPassedOnTheCommandLineOrInJvmOptions() {
    runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
        "test-systemProperties", Map.of("sun.java.command",
            "com.acme.ShopSync --commerce.kiliba.api-key=" + KILIBA_KEY + " --server.port=8081"))))
        .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
            new SystemEnvironmentPropertySource("test-jvm-options", Map.of("JAVA_TOOL_OPTIONS",
                "-Dcommerce.kibo.shared-secret=" + KIBO_SECRET + " -Xmx1g", "JDK_JAVA_OPTIONS",
                "-DCOMMERCE_KARLA_APIKEY=\"" + KARLA_KEY + "\" -Dfile.encoding=UTF-8"))))
        .run(context -> {
          String output = json.writeValueAsString(context.getBean(EnvironmentEndpoint.class).environment(null));

          assertThat(output).contains("com.acme.ShopSync", "--server.port=8081", "-Xmx1g", "-Dfile.encoding=UTF-8");
          assertThat(output).doesNotContain(KILIBA_KEY, KIBO_SECRET, KARLA_KEY);
        });
  }

  @Test
  void withoutTheFunctionShowValuesWouldPrintTheSecrets() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class,
            ConfigurationPropertiesReportEndpointAutoConfiguration.class))
        .withPropertyValues("management.endpoints.web.exposure.include=configprops",
            "management.endpoint.configprops.show-values=always", "commerce.kiliba.api-key=" + KILIBA_KEY)
        .run(context -> assertThat(json.writeValueAsString(
            context.getBean(ConfigurationPropertiesReportEndpoint.class).configurationProperties()))
            .contains(KILIBA_KEY));
  }

  @Test
  void secretKeysInEveryRelaxedForm() {
    assertThat(CommerceClientsSanitizingFunction.isSecret("commerce.kiliba.api-key")).isTrue();
    assertThat(CommerceClientsSanitizingFunction.isSecret("commerce.karla.apiKey")).isTrue();
    assertThat(CommerceClientsSanitizingFunction.isSecret("COMMERCE_KIBO_SHAREDSECRET")).isTrue();
    assertThat(CommerceClientsSanitizingFunction.isSecret("commerce.kibo.shared_secret")).isTrue();
    assertThat(CommerceClientsSanitizingFunction.isSecret("KARLA_API_KEY")).isTrue();
    assertThat(CommerceClientsSanitizingFunction.isSecret("commerce.karla.username")).isFalse();
    assertThat(CommerceClientsSanitizingFunction.isSecret("commerce.kibo.client-id")).isFalse();
    assertThat(CommerceClientsSanitizingFunction.isSecret("other.api-key")).isFalse();
  }
}
