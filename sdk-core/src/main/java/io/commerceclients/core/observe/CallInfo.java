package io.commerceclients.core.observe;

/**
 * A call as it starts: the API ({@code kiliba}, {@code karla}, {@code kibo}), a stable operation
 * name such as {@code karla.searchOrders} (the API and its operation, never a URL), the HTTP method,
 * the path template ({@code /v1/shops/{slug}/orders}, no values) and the host. Nothing here is
 * secret or high-cardinality but the host, which differs per Kibo tenant.
 */
public final class CallInfo {
  private final String api;
  private final String operation;
  private final String method;
  private final String host;
  private final String uriTemplate;

  /** Creates the description of a call; used by the transport. */
  public CallInfo(String api, String operation, String method, String host, String uriTemplate) {
    this.api = api;
    this.operation = operation;
    this.method = method;
    this.host = host;
    this.uriTemplate = uriTemplate;
  }

  /** Returns the path template of the operation, such as {@code /v1/shops/{slug}/orders}, or {@code none}. */
  public String uriTemplate() {
    return uriTemplate;
  }

  /** Returns the API's name. */
  public String api() {
    return api;
  }

  /** Returns the stable operation name, {@code <api>.<operation>}. */
  public String operation() {
    return operation;
  }

  /** Returns the HTTP method. */
  public String method() {
    return method;
  }

  /** Returns the host the call goes to. */
  public String host() {
    return host;
  }

  @Override
  public String toString() {
    return operation + " (" + method + " " + host + ")";
  }
}
