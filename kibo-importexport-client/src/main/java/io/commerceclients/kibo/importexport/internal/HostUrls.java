package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.http.SecureUrls;
import io.commerceclients.core.logging.Redactor;
import java.util.Locale;
import okhttp3.HttpUrl;

/** Turns the host names the builder and the tenant lookup give into base URLs. */
public final class HostUrls {
  private HostUrls() {}

  /**
   * Returns the root URL of a host given as a bare name ({@code home.mozu.com}, which gets {@code
   * https://}) or a full URL ({@code http://localhost:8080}).
   *
   * @throws IllegalArgumentException if {@code host} is neither
   */
  public static HttpUrl root(String host, String field) {
    String trimmed = host.trim();
    String candidate = trimmed.contains("://") ? trimmed : "https://" + trimmed;
    HttpUrl url = HttpUrl.parse(candidate);
    if (url == null || trimmed.isEmpty()) {
      throw Validation.error(field + ": '" + Redactor.urlText(host) + "' is neither a host name nor an http(s) URL");
    }
    SecureUrls.requireSecure(url, field);
    return url.newBuilder().encodedPath("/").query(null).fragment(null).build();
  }

  /**
   * Returns the API base URL ({@code .../api/}) of a tenant host. A bare host returned by the
   * tenant lookup takes the scheme of the auth host, so a loopback fake stays on http.
   */
  public static HttpUrl tenantApi(String tenantHost, HttpUrl authRoot) {
    String trimmed = tenantHost.trim();
    String candidate = trimmed.contains("://") ? trimmed
        : authRoot.scheme().toLowerCase(Locale.ROOT) + "://" + trimmed;
    HttpUrl url = HttpUrl.parse(candidate);
    if (url == null) {
      throw new IllegalStateException("the tenant host '" + tenantHost + "' is not a valid host");
    }
    String path = url.encodedPath().endsWith("/api/") ? url.encodedPath() : "/api/";
    return url.newBuilder().encodedPath(path).query(null).fragment(null).build();
  }
}
