package io.commerceclients.core.error;

/** A connect, read, write or whole-call timeout expired before the API answered. */
public class ApiTimeoutException extends TransportException {

  /** Creates the exception from the details of the call and the timeout. */
  public ApiTimeoutException(ErrorDetails details, Throwable cause) {
    super(details, cause);
  }
}
