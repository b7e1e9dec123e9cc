package io.commerceclients.core.error;

/** The API answered with a status the SDK has no more specific exception for. */
public class UnexpectedStatusException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public UnexpectedStatusException(ErrorDetails details) {
    super(details);
  }
}
