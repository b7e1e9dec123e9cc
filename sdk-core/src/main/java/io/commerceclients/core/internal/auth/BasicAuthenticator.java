package io.commerceclients.core.internal.auth;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import okhttp3.Credentials;
import okhttp3.Request;

/** Sends HTTP Basic credentials, as Karla expects. */
public final class BasicAuthenticator implements RequestAuthenticator {
  private final String username;
  private final FixedHeader header;

  /**
   * Creates the authenticator; the header value is built once.
   *
   * @throws io.commerceclients.core.validation.ValidationException if either part is missing or blank, or holds a control character
   */
  public BasicAuthenticator(String username, String password) {
    this.username = Secrets.requireNonBlank(username, "username");
    io.commerceclients.core.internal.validation.Check.that(username.indexOf(':') < 0, "username", "must not contain ':' (HTTP Basic)");
    Secrets.requireNoControls(username, "username");
    this.header = new FixedHeader("Authorization",
        Credentials.basic(username, Secrets.requireSecretWithoutControls(password, "password"), StandardCharsets.UTF_8));
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
    return Set.of("Authorization");
  }

  @Override
  public String toString() {
    return "BasicAuthenticator{username=" + username + ", password=****}";
  }
}
