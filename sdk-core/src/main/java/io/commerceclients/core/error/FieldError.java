package io.commerceclients.core.error;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One field the API rejected: its location (for example {@code body.shop.name}), the message and,
 * when given, the API's code for the problem.
 */
public final class FieldError {
  private final String field;
  private final String message;
  private final @Nullable String code;

  /** Creates a field error; {@code code} may be null. */
  public FieldError(String field, String message, @Nullable String code) {
    this.field = Objects.requireNonNull(field, "field");
    this.message = Objects.requireNonNull(message, "message");
    this.code = code;
  }

  /** Returns where the error is, as the API names it. */
  public String field() {
    return field;
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  /** Returns the API's code for the problem, when it gave one. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FieldError
        && ((FieldError) o).field.equals(field)
        && ((FieldError) o).message.equals(message)
        && Objects.equals(((FieldError) o).code, code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, message, code);
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
