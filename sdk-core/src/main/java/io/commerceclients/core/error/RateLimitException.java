package io.commerceclients.core.error;

/** The API asked the caller to slow down (429); {@link #retryAfter()} says for how long when it said. */
public class RateLimitException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public RateLimitException(ErrorDetails details) {
    super(details);
  }

  /** Returns the delay the API asked for with {@code Retry-After}, when it gave one. */
  public java.util.Optional<java.time.Duration> retryAfter() {
    return details().retryAfter();
  }
}
