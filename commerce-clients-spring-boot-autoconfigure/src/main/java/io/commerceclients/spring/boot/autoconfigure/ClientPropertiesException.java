package io.commerceclients.spring.boot.autoconfigure;

import java.util.List;

/**
 * The {@code commerce.*} properties of a client cannot make a client: a credential is missing
 * while another is set, or a value is invalid. Thrown at startup; {@link
 * ClientPropertiesFailureAnalyzer} turns it into a report naming the properties. Its message never
 * holds a secret.
 */
public final class ClientPropertiesException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String clientName;
  private final String prefix;
  private final transient List<String> properties;

  ClientPropertiesException(String clientName, String prefix, List<String> properties, String problem,
      Throwable cause) {
    super("Cannot create the " + clientName + " bean: " + String.join(", ", properties) + problem, cause);
    this.clientName = clientName;
    this.prefix = prefix;
    this.properties = List.copyOf(properties);
  }

  /** Returns the client type, such as {@code KarlaClient}. */
  public String clientName() {
    return clientName;
  }

  /** Returns the prefix of the client's properties, such as {@code commerce.karla}. */
  public String prefix() {
    return prefix;
  }

  /** Returns the full names of the properties at fault, such as {@code commerce.karla.api-key}. */
  public List<String> properties() {
    return properties;
  }
}
