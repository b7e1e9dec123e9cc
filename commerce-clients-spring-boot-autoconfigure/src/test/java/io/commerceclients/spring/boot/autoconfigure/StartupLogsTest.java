package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.core.support.LogCapture;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * A real application started in debug mode with every client logging bodies, then calling the
 * three APIs and their health checks: the log shows the exchanges but no credential.
 */
class StartupLogsTest {
  @RegisterExtension
  static final StarterFakes fakes = new StarterFakes();

  @Test
  void theStartupAndTheBodyLogsShowNoCredential() {
    Map<String, Object> properties = new HashMap<>();
    for (String property : fakes.properties()) {
      properties.put(property.substring(0, property.indexOf('=')), property.substring(property.indexOf('=') + 1));
    }
    properties.put("debug", "true");
    for (String api : List.of("kiliba", "karla", "kibo")) {
      properties.put("commerce." + api + ".log-level", "body");
      properties.put("management.health." + api + ".enabled", "true");
    }
    SpringApplication application = new SpringApplication(Application.class);
    application.setWebApplicationType(WebApplicationType.NONE);
    application.setDefaultProperties(properties);

    String logs;
    try (LogCapture capture = new LogCapture()) {
      try (ConfigurableApplicationContext context = application.run()) {
        context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(1).build());
        context.getBean(KarlaClient.class).shop().get();
        context.getBean(KiboImportExportClient.class).imports().list(ListJobsRequest.builder().pageSize(1).build());
        HealthContributorRegistry health = context.getBean(HealthContributorRegistry.class);
        for (String api : List.of("kiliba", "karla", "kibo")) {
          ((HealthIndicator) health.getContributor(api)).health();
        }
      }
      logs = capture.text();
    }

    assertThat(logs).contains("Started", "/client/v1/customers/paginated", "/v1/shops/", "/api/platform/applications/authtickets/oauth");
    String basic = Base64.getEncoder().encodeToString(
        (fakes.karla.username() + ":" + fakes.karla.apiKey()).getBytes(StandardCharsets.UTF_8));
    assertThat(logs).doesNotContain(fakes.kiliba.apiKey(), fakes.karla.apiKey(), fakes.kibo.sharedSecret(), basic);
  }

  /** An application on the starter's auto-configurations and Boot 4's health registry. */
  @Configuration(proxyBeanMethods = false)
  @ImportAutoConfiguration({KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
      KiboImportExportAutoConfiguration.class, CommerceClientsHealthAutoConfiguration.class,
      HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class})
  static class Application {}
}
