package io.commerceclients.core.error;

/** The API rejected the request as invalid (400 or 422); {@link #fieldErrors()} lists the fields it named. */
public class InvalidRequestException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public InvalidRequestException(ErrorDetails details) {
    super(details);
  }

  /** Returns the fields the API named, empty when it named none. */
  public java.util.List<FieldError> fieldErrors() {
    return details().fieldErrors();
  }
}
