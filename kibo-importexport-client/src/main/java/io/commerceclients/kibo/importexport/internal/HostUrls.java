package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.internal.http.SecureUrls;
import io.commerceclients.core.internal.logging.Redactor;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/** Turns the host names the builder and the tenant lookup give into base URLs. */
public final class HostUrls {
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
  private static final Pattern HOST_AND_PORT = Pattern.compile(
      "(?<host>" + LABEL + "(?:\\." + LABEL + ")*|\\[[0-9A-Fa-f:.]+])(?::(?<port>[0-9]{1,5}))?");
  private static final int MAX_HOST_LENGTH = 253;
  private static final int MAX_SHOWN = 120;

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
   * Returns the API base URL ({@code .../api/}) of the tenant host the caller set. A bare host
   * takes the scheme of the auth host, so a loopback fake stays on http.
   *
   * @throws io.commerceclients.core.validation.ValidationException if it is not a host or URL, or
   *     is plain http to a host other than loopback
   */
  public static HttpUrl tenantApi(String tenantHost, HttpUrl authRoot) {
    String trimmed = tenantHost.trim();
    String candidate = trimmed.contains("://") ? trimmed
        : authRoot.scheme().toLowerCase(Locale.ROOT) + "://" + trimmed;
    HttpUrl url = HttpUrl.parse(candidate);
    if (url == null) {
      throw Validation.error("tenantHost: '" + Redactor.urlText(tenantHost) + "' is neither a host name nor an http(s) URL");
    }
    SecureUrls.requireSecure(url, "tenantHost");
    String path = url.encodedPath().endsWith("/api/") ? url.encodedPath() : "/api/";
    return url.newBuilder().encodedPath(path).query(null).fragment(null).build();
  }

  /**
   * Returns the API base URL of the tenant host that Kibo's tenant lookup answered. Only a host
   * name, an IPv4 address or a bracketed IPv6 address, with an optional port, is accepted, and the
   * URL takes the auth host's scheme: a scheme, user info, path, query, fragment or white space in
   * the answer could send the bearer token over plain HTTP or to another host.
   *
   * @throws ProtocolException if {@code domain} is missing, blank or anything but a host and port
   */
  public static HttpUrl lookedUpTenantApi(long tenantId, String domain, HttpUrl authRoot) {
    String operation = "Kibo's tenant lookup (GET /api/platform/tenants/" + tenantId + ")";
    String fix = "; set the tenant host explicitly (tenantHost or KIBO_API_HOST) if you know it";
    if (domain == null || domain.isEmpty()) {
      throw new ProtocolException(operation + " answered no domain" + fix);
    }
    HttpUrl url = null;
    Matcher m = HOST_AND_PORT.matcher(domain);
    if (m.matches() && m.group("host").length() <= MAX_HOST_LENGTH
        && (m.group("port") == null || validPort(m.group("port")))) {
      url = HttpUrl.parse(authRoot.scheme() + "://" + domain + "/api/");
    }
    if (url == null) {
      throw new ProtocolException(operation + " answered the domain '" + shown(domain)
          + "', which is not a host name with an optional port; nothing was sent to it" + fix);
    }
    return url;
  }

  private static boolean validPort(String digits) {
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65_535;
  }

  /** The server's text made safe for a message: control characters escaped, length capped. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (; i < text.length() && out.length() < MAX_SHOWN; i++) {
      char c = text.charAt(i);
      out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return i < text.length() ? out + "…" : out.toString();
  }
}
