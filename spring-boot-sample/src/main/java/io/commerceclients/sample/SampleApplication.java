package io.commerceclients.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot application using {@code commerce-clients-spring-boot-starter}: the three clients
 * come from {@code application.properties} (or the environment), {@link ShopReport} calls each API
 * through them and prints what it did. Where an API has no credentials, {@link EmbeddedFakes}
 * starts its fake first and points the properties at it.
 */
@SpringBootApplication
public class SampleApplication {

  /** Starts the application, which prints its report and ends. */
  public static void main(String[] args) {
    SpringApplication application = new SpringApplication(SampleApplication.class);
    application.addInitializers(new EmbeddedFakes());
    application.run(args).close();
  }
}
