package io.commerceclients.core.error;

/** The request conflicts with the resource's state, for example it exists already (409). */
public class ConflictException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}
