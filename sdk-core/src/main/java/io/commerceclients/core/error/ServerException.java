package io.commerceclients.core.error;

/** The API failed to handle a valid request (5xx). */
public class ServerException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public ServerException(ErrorDetails details) {
    super(details);
  }
}
