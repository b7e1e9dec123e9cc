package io.commerceclients.core.logging;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Masks credentials in what the SDK logs or puts in exception messages: header values, query
 * parameters, and fields of JSON and form bodies.
 */
public final class Redactor {
  /** The mask that replaces a secret. */
  public static final String MASK = "****";

  private static final Set<String> DEFAULT_HEADERS = Set.of(
      "authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  private static final Set<String> DEFAULT_FIELDS = Set.of(
      "client_secret", "clientsecret", "sharedsecret", "shared_secret", "access_token", "accesstoken",
      "refresh_token", "refreshtoken", "password", "secret", "api_key", "apikey", "token", "id_token");

  private final Set<String> headers;
  private final Set<String> fields;
  private final Pattern jsonField;
  private final Pattern formField;
  private final Pattern urlParameter;

  private Redactor(Set<String> headers, Set<String> fields) {
    this.headers = headers;
    this.fields = fields;
    String names = String.join("|", fields.stream().map(Pattern::quote).toArray(String[]::new));
    this.jsonField = Pattern.compile("(\"(?i:" + names + ")\"\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}\\]\\s]+)");
    this.formField = Pattern.compile("((?:^|&)(?i:" + names + ")=)([^&]*)");
    this.urlParameter = Pattern.compile("([?&](?i:" + names
        + "|[\\w.-]*signature|x-amz-credential|x-amz-security-token|sig)=)([^&\"'\\s<>]*)");
  }

  /** Returns the redactor with the default secret headers and fields. */
  public static Redactor defaults() {
    return of(Set.of(), Set.of());
  }

  /** Returns a redactor that also masks the given headers and query/body field names. */
  public static Redactor of(Set<String> extraHeaders, Set<String> extraFields) {
    Set<String> h = new TreeSet<>(DEFAULT_HEADERS);
    extraHeaders.forEach(x -> h.add(x.toLowerCase(Locale.ROOT)));
    Set<String> f = new TreeSet<>(DEFAULT_FIELDS);
    extraFields.forEach(x -> f.add(x.toLowerCase(Locale.ROOT)));
    return new Redactor(Set.copyOf(h), Set.copyOf(f));
  }

  /** Returns true if the header's value must never be shown. */
  public boolean isSecretHeader(String name) {
    return headers.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Returns the header value, or the mask for a secret header. */
  public String header(String name, String value) {
    return isSecretHeader(name) ? MASK : value;
  }

  /** Returns the URL with its password (if any) and the values of secret query parameters masked. */
  public String url(HttpUrl url) {
    if (!url.password().isEmpty()) {
      url = url.newBuilder().password(MASK).build();
    }
    if (url.querySize() == 0) {
      return url.toString();
    }
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, isSecretQueryParameter(name) && value != null ? MASK : value);
    }
    return b.build().toString();
  }

  /**
   * Returns {@code text} (such as an error body that echoes the request) with every value of the
   * URL's secret query parameters masked, then secret JSON and form fields masked.
   */
  public String bodyEchoing(String text, HttpUrl url) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (int i = 0; i < url.querySize(); i++) {
      String value = url.queryParameterValue(i);
      if (value != null && value.length() >= 4 && isSecretQueryParameter(url.queryParameterName(i))) {
        out = out.replace(value, MASK);
        String encoded = HttpUrl.get("http://x/").newBuilder().addQueryParameter("v", value).build().encodedQuery();
        out = out.replace(encoded.substring(2), MASK);
      }
    }
    return body(out);
  }

  private boolean isSecretQueryParameter(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return fields.contains(lower)
        || lower.contains("signature")
        || lower.equals("x-amz-credential")
        || lower.equals("x-amz-security-token")
        || lower.equals("sig");
  }

  /**
   * Returns a JSON or form body with the values of secret fields masked, and the secret query
   * parameters of any URL it carries (such as a pre-signed upload URL in a JSON answer).
   */
  public String body(String body) {
    if (body == null || body.isEmpty()) {
      return body;
    }
    Matcher json = jsonField.matcher(body);
    String masked = json.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "\"" + MASK + "\""));
    Matcher form = formField.matcher(masked);
    masked = form.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
    Matcher url = urlParameter.matcher(masked);
    return url.replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
  }
}
