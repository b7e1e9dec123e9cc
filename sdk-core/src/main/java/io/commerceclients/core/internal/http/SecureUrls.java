package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.validation.Check;
import java.util.Locale;
import okhttp3.HttpUrl;

/**
 * The rule for every URL that receives credentials: {@code https}, except for a loopback host
 * ({@code localhost}, {@code 127.0.0.0/8}, {@code ::1}) where a fake or test server runs.
 */
public final class SecureUrls {
  private SecureUrls() {}

  /**
   * Parses {@code url} as an absolute http(s) URL that may receive credentials.
   *
   * @throws io.commerceclients.core.validation.ValidationException naming {@code field} if it does
   *     not parse, or is plain http to a host other than loopback; the message never shows a password
   */
  public static HttpUrl parse(String url, String field) {
    HttpUrl parsed = HttpUrl.parse(Check.notBlank(url, field).trim());
    Check.that(parsed != null, field, "must be an absolute http(s) URL, got '" + Redactor.urlText(url) + "'");
    return requireSecure(parsed, field);
  }

  /**
   * Returns {@code url} if it is https, or http to a loopback host.
   *
   * @throws io.commerceclients.core.validation.ValidationException naming {@code field} otherwise
   */
  public static HttpUrl requireSecure(HttpUrl url, String field) {
    Check.that(isSecure(url), field,
        "must use https (credentials would travel in clear text; plain http is allowed only for a loopback test server), got '"
            + Redactor.defaults().url(url) + "'");
    return url;
  }

  /** Returns true if {@code url} is https, or http to a loopback host. */
  public static boolean isSecure(HttpUrl url) {
    return url.isHttps() || isLoopback(url.host());
  }

  /** Returns true for {@code localhost}, an address in {@code 127.0.0.0/8}, or {@code ::1}. */
  public static boolean isLoopback(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    return h.equals("localhost") || h.endsWith(".localhost") || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
