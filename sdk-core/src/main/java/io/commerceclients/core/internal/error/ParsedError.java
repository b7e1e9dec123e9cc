package io.commerceclients.core.internal.error;

import io.commerceclients.core.error.ErrorKind;
import io.commerceclients.core.error.FieldError;
import java.util.List;
import java.util.Optional;

/**
 * What an API's error body says: its code, its message and its field errors. Each client's {@link
 * ErrorBodyParser} produces one.
 */
public final class ParsedError {
  private static final ParsedError EMPTY = new ParsedError(null, null, List.of(), null);

  private final String code;
  private final String message;
  private final List<FieldError> fieldErrors;
  private final ErrorKind kind;

  private ParsedError(String code, String message, List<FieldError> fieldErrors, ErrorKind kind) {
    this.code = code;
    this.message = message;
    this.fieldErrors = List.copyOf(fieldErrors);
    this.kind = kind;
  }

  /** Creates a parsed error; {@code code} and {@code message} may be null. */
  public static ParsedError of(String code, String message, List<FieldError> fieldErrors) {
    return new ParsedError(code, message, fieldErrors, null);
  }

  /**
   * Returns a copy that overrides the kind the status code implies, for APIs that answer, say, bad
   * credentials with a 400.
   */
  public ParsedError withKind(ErrorKind kind) {
    return new ParsedError(code, message, fieldErrors, kind);
  }

  /** Returns the kind the parser decided on, when it overrides the status code's. */
  public Optional<ErrorKind> kind() {
    return Optional.ofNullable(kind);
  }

  /** Returns a parsed error that says nothing. */
  public static ParsedError empty() {
    return EMPTY;
  }

  /** Returns the API's error code. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Returns the API's message. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** Returns the field errors. */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
