package io.commerceclients.core.error;

/** The API refused the credentials (401, or the API's own bad-credentials answer). */
public class AuthenticationException extends ApiException {

  /** Creates the exception from the details of the failed call. */
  public AuthenticationException(ErrorDetails details) {
    super(details);
  }
}
