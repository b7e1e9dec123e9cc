package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kiliba.KilibaClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The client modules are optional: an application with only some of them gets only their beans. */
class ClassPathTest {

  @Test
  void onlyTheClientsOnTheClassPathAreConfigured() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
            KiboImportExportAutoConfiguration.class, CommerceClientsActuatorAutoConfiguration.class,
            CommerceClientsHealthAutoConfiguration.class))
        .withClassLoader(new FilteredClassLoader(KarlaClient.class, KiboImportExportClient.class))
        .withPropertyValues("commerce.kiliba.api-key=k", "commerce.karla.username=u",
            "commerce.kibo.client-id=c", "management.health.karla.enabled=true", "management.health.kibo.enabled=true")
        .run(context -> {
          assertThat(context).hasNotFailed().hasSingleBean(KilibaClient.class);
          assertThat(context.containsBean("karlaClient")).isFalse();
          assertThat(context.containsBean("kiboImportExportClient")).isFalse();
          assertThat(context.containsBean("karlaHealthIndicator")).isFalse();
          assertThat(context.containsBean("kiboHealthIndicator")).isFalse();
        });
  }
}
