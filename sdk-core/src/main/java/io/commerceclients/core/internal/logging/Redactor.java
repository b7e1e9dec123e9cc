package io.commerceclients.core.internal.logging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import retrofit2.Invocation;

/**
 * Masks credentials in what the SDK logs or puts in exception messages: header values, query
 * parameters (also inside header values such as {@code Location} and inside JSON text, where
 * {@code &} may be escaped as {@code \u0026}), fields of JSON and form bodies, and the very values
 * of the credentials a request carried wherever a server echoes them. Every method runs in time
 * linear in the text's length, without recursion.
 */
public final class Redactor {
  /** The mask that replaces a secret. */
  public static final String MASK = "****";

  /** Secret values shorter than this are not searched for in free text (they would mask ordinary words). */
  static final int MIN_ECHOED_SECRET = 4;

  private static final Set<String> DEFAULT_HEADERS = Set.of(
      "authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  private static final Set<String> DEFAULT_FIELDS = Set.of(
      "client_secret", "clientsecret", "sharedsecret", "shared_secret", "access_token", "accesstoken",
      "refresh_token", "refreshtoken", "password", "secret", "api_key", "apikey", "token", "id_token",
      "authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie");
  private final Set<String> headers;
  private final Set<String> fields;
  private final int longestField;
  /** Bit {@code n} is set if a secret field name has {@code n} characters. */
  private final long fieldLengths;
  private final List<String> secretValues;
  private volatile Patterns patterns;

  private Redactor(Set<String> headers, Set<String> fields, List<String> secretValues) {
    this.headers = headers;
    this.fields = fields;
    int longest = 0;
    long lengths = 0;
    for (String field : fields) {
      longest = Math.max(longest, field.length());
      lengths |= field.length() < 64 ? 1L << field.length() : 0;
    }
    this.longestField = longest;
    this.fieldLengths = lengths;
    this.secretValues = secretValues;
  }

  /** Returns the redactor with the default secret headers and fields. */
  public static Redactor defaults() {
    return Defaults.INSTANCE;
  }

  /** The default redactor, made once, on first use. */
  private static final class Defaults {
    static final Redactor INSTANCE = of(Set.of(), Set.of());
  }

  /**
   * The expressions for secret form fields and URL parameters, compiled on first use: a client that
   * neither logs bodies nor meets an error never needs them, and compiling them was part of every
   * client's construction.
   */
  record Patterns(Pattern formField, Pattern urlParameter) {
    static Patterns of(Set<String> fields) {
      StringBuilder names = new StringBuilder();
      for (String field : fields) {
        names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(field));
      }
      return new Patterns(Pattern.compile("((?:^|&)(?i:" + names + ")=)([^&]*)"),
          Pattern.compile("((?:[?&]|\\\\u0026)(?i:" + names
              + "|[\\w.-]{0,64}signature|x-amz-credential|x-amz-security-token|sig)=)([^&\"'\\s<>\\\\]*)"));
    }
  }

  Patterns patterns() {
    Patterns compiled = patterns;
    if (compiled == null) {
      compiled = Patterns.of(fields);
      patterns = compiled;
    }
    return compiled;
  }

  /** Returns a redactor that also masks the given headers and query/body field names. */
  public static Redactor of(Set<String> extraHeaders, Set<String> extraFields) {
    return of(extraHeaders, extraFields, List.of());
  }

  /**
   * Returns a redactor that also masks the given headers and field names, and every occurrence of
   * the given secret values (such as a client secret) in echoed text.
   */
  public static Redactor of(Set<String> extraHeaders, Set<String> extraFields, Collection<String> secretValues) {
    Set<String> h = new TreeSet<>(DEFAULT_HEADERS);
    extraHeaders.forEach(x -> h.add(x.toLowerCase(Locale.ROOT)));
    Set<String> f = new TreeSet<>(DEFAULT_FIELDS);
    f.addAll(h);
    extraFields.forEach(x -> f.add(x.toLowerCase(Locale.ROOT)));
    List<String> values = new ArrayList<>();
    for (String value : secretValues) {
      if (value != null && value.length() >= MIN_ECHOED_SECRET) {
        values.add(value);
      }
    }
    return new Redactor(Set.copyOf(h), Set.copyOf(f), List.copyOf(values));
  }

  /** Returns true if the header's value must never be shown. */
  public boolean isSecretHeader(String name) {
    return headers.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Returns the header value, the mask for a secret header, or, for a value carrying a URL (such
   * as {@code Location}), the value with the URL's password and secret query parameters masked.
   */
  public String header(String name, String value) {
    if (isSecretHeader(name)) {
      return MASK;
    }
    if (value.indexOf('?') < 0 && value.indexOf('@') < 0) {
      return value;
    }
    return urlParameters(userInfo(value, false));
  }

  /**
   * Returns the request's URL as messages and logs show it: as {@link #url(HttpUrl)} does, or, for
   * a request whose URL alone grants access (its Retrofit method is marked {@link CapabilityUrl}),
   * as scheme, host and path with the last segment masked.
   */
  public String url(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null && invocation.method().isAnnotationPresent(CapabilityUrl.class)) {
      return capabilityUrl(request.url());
    }
    return url(request.url());
  }

  /** Returns true if the answer to {@code request} is itself a credential (its Retrofit method is marked {@link SecretAnswer}). */
  public static boolean isSecretAnswer(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(SecretAnswer.class);
  }

  private static String capabilityUrl(HttpUrl url) {
    return url.newBuilder().username("").password("").query(null).fragment(null)
        .setPathSegment(url.pathSize() - 1, MASK).build().toString();
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
   * Returns a URL given as text with the password written in it masked ({@code
   * https://user:****@host}), for messages about a URL that may not even parse: everything from
   * {@code ://} to the last {@code @} before the next whitespace is taken for the user info, since a
   * password that breaks the URL may well hold a {@code /} or an {@code @}.
   */
  public static String urlText(String url) {
    return url == null ? null : userInfo(url, true);
  }

  /**
   * Masks the user info of every URL in {@code text}: from {@code ://} to the last {@code @} of the
   * run of non-blank characters that follows. The user name is kept if {@code keepUser} and a
   * {@code :} separates it from a password; otherwise the whole user info is masked.
   */
  private static String userInfo(String text, boolean keepUser) {
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    for (int scheme = text.indexOf("://"); scheme >= 0; scheme = text.indexOf("://", scheme)) {
      int start = scheme + 3;
      int end = start;
      int colon = -1;
      int at = -1;
      for (char c; end < n && !Character.isWhitespace(c = text.charAt(end)); end++) {
        if (c == '@') {
          at = end;
        } else if (c == ':' && colon < 0) {
          colon = end;
        }
      }
      if (at >= 0) {
        boolean userKept = keepUser && colon >= 0 && colon < at;
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, userKept ? colon + 1 : start).append(MASK).append('@');
        copied = at + 1;
      }
      scheme = end;
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * Returns the masker of what {@code sent} carried (its credentials, the secret fields of its body,
   * the configured secret values), for the answer, headers and failures of that request. It finds
   * the values on first use: make one per error or log line, and reuse it for all of its texts.
   */
  public SentSecrets forRequest(Request sent) {
    return new SentSecrets(this, sent);
  }

  /**
   * Returns {@code text} (such as an error body that echoes the request) with every credential the
   * request carried masked, as {@link SentSecrets#echoed} does.
   */
  public String echoed(String text, Request sent) {
    return forRequest(sent).echoed(text);
  }

  /**
   * Returns {@code text} with the credential values of {@code sent} and the configured secret
   * values replaced by the mask, and nothing else changed (for text that is parsed afterwards).
   */
  public String maskValues(String text, Request sent) {
    return forRequest(sent).mask(text);
  }

  List<String> secretValues() {
    return secretValues;
  }

  boolean isSecretQueryParameter(String name) {
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
    String masked = jsonFields(body);
    masked = maskValuesOfMatches(masked, patterns().formField(), new Starts(masked, true));
    return urlParameters(masked);
  }

  private String urlParameters(String text) {
    return maskValuesOfMatches(text, patterns().urlParameter(), new Starts(text, false));
  }

  /**
   * Replaces the value (what follows group 1) of every match of {@code pattern} with the mask, left
   * to right, as {@code replaceAll} would; but the pattern is tried only where a match can start
   * ({@code starts}), since trying an alternation at every character made a large body cost about
   * 40 ns a character. Each attempt reads at most one match or a bounded name, so the time stays
   * linear in the text's length.
   */
  static String maskValuesOfMatches(String text, Pattern pattern, Starts starts) {
    StringBuilder out = null;
    Matcher m = null;
    int copied = 0;
    int n = text.length();
    for (int at = starts.from(0); at >= 0; ) {
      if (m == null) {
        m = pattern.matcher(text).useAnchoringBounds(false).useTransparentBounds(true);
      }
      if (m.region(at, n).lookingAt()) {
        if (out == null) {
          out = new StringBuilder(n);
        }
        out.append(text, copied, m.start()).append(m.group(1)).append(MASK);
        copied = m.end();
        at = starts.from(m.end());
      } else {
        at = starts.from(at + 1);
      }
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /**
   * Where a secret form field or URL parameter can start: the text's start (form fields only), an
   * {@code &}, or for URL parameters a {@code ?} or a JSON-escaped ampersand. Each kind keeps
   * its own cursor, so finding them all reads the text once.
   */
  static final class Starts {
    private final String text;
    private final boolean form;
    private int amp = -2;
    private int question = -2;
    private int escaped = -2;

    Starts(String text, boolean form) {
      this.text = text;
      this.form = form;
    }

    /** Returns the first start at or after {@code from}, or -1. */
    int from(int from) {
      if (from >= text.length()) {
        return -1;
      }
      if (form && from == 0) {
        return 0;
      }
      amp = next(amp, from, "&");
      int first = amp;
      if (!form) {
        question = next(question, from, "?");
        escaped = next(escaped, from, "\\u0026");
        first = earliest(earliest(first, question), escaped);
      }
      return first;
    }

    private int next(int cursor, int from, String what) {
      return cursor == -1 || (cursor >= from) ? cursor : text.indexOf(what, from);
    }

    private static int earliest(int a, int b) {
      return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }
  }

  /** Masks the value of every JSON member whose name is a secret field. */
  private String jsonFields(String s) {
    List<int[]> values = secretMemberValues(s);
    if (values.isEmpty()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int copied = 0;
    for (int[] value : values) {
      out.append(s, copied, value[0]).append('"').append(MASK).append('"');
      copied = value[1];
    }
    return out.append(s, copied, s.length()).toString();
  }

  /**
   * Returns the string values of the JSON members whose name is a secret field (such as the {@code
   * secret} of a webhook a request creates), unescaped.
   */
  List<String> secretFieldValues(String json) {
    List<String> strings = new ArrayList<>();
    for (int[] value : secretMemberValues(json)) {
      if (json.charAt(value[0]) == '"' && value[1] - value[0] >= 2) {
        strings.add(unescape(json, value[0] + 1, value[1] - 1));
      }
    }
    return strings;
  }

  /**
   * Returns the start and end (exclusive) of the value of every JSON member whose name is a secret
   * field (a whole object or array included), in one left-to-right pass.
   */
  private List<int[]> secretMemberValues(String s) {
    List<int[]> found = List.of();
    int n = s.length();
    int i = 0;
    while (i < n) {
      if (s.charAt(i) != '"') {
        i++;
        continue;
      }
      int close = closingQuote(s, i);
      if (close < 0) {
        break;
      }
      int colon = skipSpace(s, close + 1);
      if (colon < n && s.charAt(colon) == ':' && isSecretField(s, i + 1, close)) {
        int valueStart = skipSpace(s, colon + 1);
        int valueEnd = valueEnd(s, valueStart);
        if (valueEnd > valueStart) {
          if (found.isEmpty()) {
            found = new ArrayList<>();
          }
          found.add(new int[] {valueStart, valueEnd});
          i = valueEnd;
          continue;
        }
      }
      i = close + 1;
    }
    return found;
  }

  /** Returns the JSON string content between {@code from} and {@code to} with its escapes undone. */
  private static String unescape(String s, int from, int to) {
    StringBuilder out = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 >= to) {
        out.append(c);
        continue;
      }
      char e = s.charAt(++i);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 < to) {
            try {
              out.append((char) Integer.parseInt(s, i + 1, i + 5, 16));
              i += 4;
            } catch (NumberFormatException notHex) {
              out.append('u');
            }
          } else {
            out.append('u');
          }
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }

  private boolean isSecretField(String s, int from, int to) {
    int length = to - from;
    if (length == 0 || length > longestField || (length < 64 && (fieldLengths & (1L << length)) == 0)) {
      return false;
    }
    return fields.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
  }

  /** Returns the end (exclusive) of the object or array opened at {@code open}, strings skipped, or the text's length. */
  private static int compositeEnd(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        int close = closingQuote(s, i);
        if (close < 0) {
          return s.length();
        }
        i = close;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return s.length();
  }

  /** Returns the index of the quote closing the string opened at {@code open}, or -1. */
  private static int closingQuote(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i;
      }
    }
    return -1;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * Returns the end (exclusive) of the value at {@code start}: a string, a scalar, or an object or
   * array (such as a token an answer wraps in a list) up to its closing bracket, or the text's end.
   */
  private static int valueEnd(String s, int start) {
    if (start >= s.length()) {
      return start;
    }
    char first = s.charAt(start);
    if (first == '"') {
      int close = closingQuote(s, start);
      return close < 0 ? s.length() : close + 1;
    }
    if (first == '{' || first == '[') {
      return compositeEnd(s, start);
    }
    int i = start;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == ',' || c == '}' || c == ']' || Character.isWhitespace(c)) {
        break;
      }
      i++;
    }
    return i;
  }
}
