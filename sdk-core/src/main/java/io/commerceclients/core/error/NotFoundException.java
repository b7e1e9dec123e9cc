package io.commerceclients.core.error;

/** The resource does not exist (404). */
public class NotFoundException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}
