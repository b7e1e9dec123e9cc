package io.commerceclients.core.http;

import io.commerceclients.core.validation.ValidationException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/** The environment a builder reads its settings from: blank or absent variables are skipped, values trimmed. */
public final class EnvironmentVariables {
  private final Map<String, String> env;

  EnvironmentVariables(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  /** Passes the trimmed value of {@code name} to {@code setter} when it is set and not blank. */
  public void ifSet(String name, Consumer<String> setter) {
    String value = env.get(name);
    if (value != null && !value.isBlank()) {
      setter.accept(value.trim());
    }
  }

  /**
   * Passes the value of {@code name}, read as a whole number, to {@code setter} when it is set.
   *
   * @throws ValidationException naming the variable if it is not a whole number
   */
  public void ifSetLong(String name, LongConsumer setter) {
    ifSet(name, value -> {
      try {
        setter.accept(Long.parseLong(value));
      } catch (NumberFormatException e) {
        throw new ValidationException(name, "must be a whole number, got '" + value + "'");
      }
    });
  }
}
