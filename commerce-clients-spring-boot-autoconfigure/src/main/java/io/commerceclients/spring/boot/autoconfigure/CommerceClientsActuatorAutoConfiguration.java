package io.commerceclients.spring.boot.autoconfigure;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * When Actuator is on the class path, registers {@link CommerceClientsSanitizingFunction} so the
 * {@code configprops} and {@code env} endpoints never print the clients' secrets.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public final class CommerceClientsActuatorAutoConfiguration {

  /** Creates the auto-configuration (Spring Boot does). */
  public CommerceClientsActuatorAutoConfiguration() {}

  /** Returns the function that masks the clients' secrets. */
  @Bean
  @ConditionalOnMissingBean
  public CommerceClientsSanitizingFunction commerceClientsSanitizingFunction() {
    return new CommerceClientsSanitizingFunction();
  }
}
