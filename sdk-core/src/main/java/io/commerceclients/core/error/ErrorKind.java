package io.commerceclients.core.error;

/** The kinds of error answer, each mapped to one {@link ApiException} subclass. */
public enum ErrorKind {
  /** 401, or credentials the API refused: {@link AuthenticationException}. */
  AUTHENTICATION,
  /** 403: {@link PermissionDeniedException}. */
  PERMISSION_DENIED,
  /** 404: {@link NotFoundException}. */
  NOT_FOUND,
  /** 409: {@link ConflictException}. */
  CONFLICT,
  /** 400 and 422: {@link InvalidRequestException}. */
  INVALID_REQUEST,
  /** 429: {@link RateLimitException}. */
  RATE_LIMITED,
  /** 5xx: {@link ServerException}. */
  SERVER,
  /** Any other status: {@link UnexpectedStatusException}. */
  UNEXPECTED;

  /** Returns the kind a status code implies. */
  public static ErrorKind forStatus(int status) {
    switch (status) {
      case 400:
      case 422:
        return INVALID_REQUEST;
      case 401:
        return AUTHENTICATION;
      case 403:
        return PERMISSION_DENIED;
      case 404:
        return NOT_FOUND;
      case 409:
        return CONFLICT;
      case 429:
        return RATE_LIMITED;
      default:
        return status >= 500 && status <= 599 ? SERVER : UNEXPECTED;
    }
  }

  /** Creates the exception of this kind for {@code details}. */
  public ApiException toException(ErrorDetails details) {
    switch (this) {
      case AUTHENTICATION:
        return new AuthenticationException(details);
      case PERMISSION_DENIED:
        return new PermissionDeniedException(details);
      case NOT_FOUND:
        return new NotFoundException(details);
      case CONFLICT:
        return new ConflictException(details);
      case INVALID_REQUEST:
        return new InvalidRequestException(details);
      case RATE_LIMITED:
        return new RateLimitException(details);
      case SERVER:
        return new ServerException(details);
      default:
        return new UnexpectedStatusException(details);
    }
  }
}
