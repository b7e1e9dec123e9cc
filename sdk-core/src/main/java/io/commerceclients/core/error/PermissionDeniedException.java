package io.commerceclients.core.error;

/** The credentials are valid but may not do this (403). */
public class PermissionDeniedException extends AuthenticationException {

  /** Creates the exception from the details of the failed call. */
  public PermissionDeniedException(ErrorDetails details) {
    super(details);
  }
}
