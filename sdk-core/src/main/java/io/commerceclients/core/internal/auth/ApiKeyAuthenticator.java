package io.commerceclients.core.internal.auth;

import java.util.Set;
import okhttp3.Request;

/** Sends an API key in a named header, such as Kiliba's {@code X-API-Key}. */
public final class ApiKeyAuthenticator implements RequestAuthenticator {
  private final String headerName;
  private final FixedHeader header;

  /**
   * Creates the authenticator.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the key is missing, blank, or not printable ASCII
   */
  public ApiKeyAuthenticator(String headerName, String apiKey) {
    this.headerName = Secrets.requireNonBlank(headerName, "headerName");
    this.header = new FixedHeader(headerName, Secrets.requireHeaderSecret(apiKey, "apiKey"));
  }

  @Override
  public Request authenticate(Request request) {
    return header.on(request);
  }

  @Override
  public void addFixedCredentials(Request.Builder copy) {
    header.addTo(copy);
  }

  @Override
  public Set<String> credentialHeaders() {
    return Set.of(headerName);
  }

  @Override
  public String toString() {
    return "ApiKeyAuthenticator{header=" + headerName + ", apiKey=****}";
  }
}
