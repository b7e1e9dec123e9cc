package io.commerceclients.core.error;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Root of every failure the SDK reports for a call it made: an error answer from the API, a
 * transport failure, or a job that failed or timed out. It is unchecked.
 *
 * <p>{@link #statusCode()} is 0 when no HTTP response was received. Nothing here ever holds a
 * credential: URLs are logged and stored with secret query parameters redacted.
 */
public class ApiException extends RuntimeException {

  private final ErrorDetails details;

  /** Creates an exception from the details of a failed call. */
  public ApiException(ErrorDetails details) {
    this(details, null);
  }

  /** Creates an exception from the details of a failed call and the failure that caused it. */
  public ApiException(ErrorDetails details, @Nullable Throwable cause) {
    super(details.describe(), cause);
    this.details = details;
  }

  /** Creates an exception that is not tied to one HTTP exchange (for example a failed job). */
  protected ApiException(String message, @Nullable Throwable cause) {
    super(message, cause);
    this.details = ErrorDetails.builder().message(message).build();
  }

  /** Returns the HTTP status, or 0 when no response was received. */
  public int statusCode() {
    return details.statusCode();
  }

  /** Returns the API's own error code (such as {@code order_not_found}), when the body had one. */
  public Optional<String> errorCode() {
    return details.errorCode();
  }

  /** Returns the API's error message, when the body had one. */
  public Optional<String> apiMessage() {
    return details.apiMessage();
  }

  /** Returns the request or correlation id the API sent back, when there was one. */
  public Optional<String> requestId() {
    return details.requestId();
  }

  /** Returns the raw response body (capped at 64 KiB), when there was one. */
  public Optional<String> rawBody() {
    return details.rawBody();
  }

  /** Returns the HTTP method of the failed request, when the failure concerns one. */
  public Optional<String> method() {
    return details.method();
  }

  /** Returns the URL of the failed request with secret query parameters redacted. */
  public Optional<String> url() {
    return details.url();
  }

  /** Returns every detail of the failure in one value. */
  public ErrorDetails details() {
    return details;
  }
}
