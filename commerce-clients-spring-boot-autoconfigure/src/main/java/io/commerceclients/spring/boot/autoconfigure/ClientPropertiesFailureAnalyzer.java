package io.commerceclients.spring.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a {@link ClientPropertiesException} at startup as Spring Boot reports its own
 * configuration errors: what is wrong, with the property names, and what to do.
 */
public final class ClientPropertiesFailureAnalyzer extends AbstractFailureAnalyzer<ClientPropertiesException> {

  /** Creates the analyzer (Spring Boot does, from {@code META-INF/spring.factories}). */
  public ClientPropertiesFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ClientPropertiesException cause) {
    String action = "Set " + String.join(" and ", cause.properties()) + " to a valid value (or fix the "
        + cause.clientName() + "BuilderCustomizer that sets it); or remove the " + cause.prefix()
        + " credentials, or set " + cause.prefix() + ".enabled=false, to go without the auto-configured "
        + cause.clientName() + ".";
    return new FailureAnalysis(cause.getMessage(), action, cause);
  }
}
