package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

/**
 * On Spring Boot 3.5 (the spring-boot-3.5 test execution), which has no {@code spring-boot-health},
 * the health auto-configuration stays out of the way even when asked for, and the clients still come.
 */
class SpringBoot3HealthTest {

  @Test
  void healthIndicatorsAreLeftOutWithoutBoot4sHealthApi() {
    assumeFalse(ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", null),
        "runs in the spring-boot-3.5 execution only");
    System.out.println("Spring Boot " + SpringBootVersion.getVersion());

    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, CommerceClientsHealthAutoConfiguration.class))
        .withPropertyValues("commerce.kiliba.api-key=k", "management.health.kiliba.enabled=true")
        .run(context -> {
          assertThat(context).hasNotFailed().hasBean("kilibaClient");
          assertThat(context.containsBean("kilibaHealthIndicator")).isFalse();
          assertThat(SpringBootVersion.getVersion()).startsWith("3.5.");
        });
  }
}
