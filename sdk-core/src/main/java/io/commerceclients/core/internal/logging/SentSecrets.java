package io.commerceclients.core.internal.logging;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;

/**
 * The credentials one request sent, to be masked wherever an answer, a header or a failure echoes
 * them: the values of its secret headers (and the parts of a Basic or Bearer value), of its secret
 * query parameters, its URL's password, the string values of secret fields in its JSON or form body,
 * and the redactor's configured secret values. Each is searched for as written, JSON-escaped (as
 * Jackson writes it, and with {@code /} written {@code \/}) and percent-encoded.
 *
 * <p>The values are found on first use, so a call that neither fails nor logs never pays for them.
 * Values shorter than {@value Redactor#MIN_ECHOED_SECRET} characters are not searched for: they
 * would mask ordinary words.
 */
public final class SentSecrets {
  /** The largest request body read for secret fields, in bytes; a streamed upload is never read. */
  static final long MAX_READ_BODY = 1024 * 1024;
  private static final HttpUrl QUERY_BASE = HttpUrl.get("http://x/");

  private final Redactor redactor;
  private final Request sent;
  private List<String> values;

  SentSecrets(Redactor redactor, Request sent) {
    this.redactor = redactor;
    this.sent = sent;
  }

  /** Returns {@code text} with every sent credential masked, and nothing else changed (for text parsed afterwards). */
  public String mask(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String out = text;
    for (String value : values()) {
      if (out.contains(value)) {
        out = out.replace(value, Redactor.MASK);
      }
    }
    return out;
  }

  /**
   * Returns {@code text}, a body cut short by a size cap, masked as {@link #mask} does and with its
   * end masked too where it is the start of a sent credential (at least {@value
   * Redactor#MIN_ECHOED_SECRET} characters of it), so a cut in the middle of an echoed key shows no
   * piece of it.
   */
  public String maskCut(String text) {
    String out = mask(text);
    if (out == null || out.isEmpty()) {
      return out;
    }
    int longest = 0;
    for (String value : values()) {
      longest = Math.max(longest, endingPrefix(out, value));
    }
    return longest < Redactor.MIN_ECHOED_SECRET ? out : out.substring(0, out.length() - longest) + Redactor.MASK;
  }

  /**
   * Returns the length of the longest proper prefix of {@code value} that {@code text} ends with, in
   * time linear in the value's length (Knuth-Morris-Pratt over the text's last characters).
   */
  static int endingPrefix(String text, String value) {
    int m = value.length();
    if (m < 2) {
      return 0;
    }
    int[] border = new int[m];
    for (int i = 1, k = 0; i < m; i++) {
      while (k > 0 && value.charAt(i) != value.charAt(k)) {
        k = border[k - 1];
      }
      if (value.charAt(i) == value.charAt(k)) {
        k++;
      }
      border[i] = k;
    }
    int matched = 0;
    for (int i = Math.max(0, text.length() - (m - 1)); i < text.length(); i++) {
      char c = text.charAt(i);
      while (matched > 0 && c != value.charAt(matched)) {
        matched = border[matched - 1];
      }
      if (c == value.charAt(matched)) {
        matched++;
      }
    }
    return matched;
  }

  /**
   * Returns {@code text} (such as an error body or an API's message) with every sent credential
   * masked, then secret JSON and form fields and signed URLs masked as by {@link Redactor#body}.
   */
  public String echoed(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    return redactor.body(mask(text));
  }

  /** Returns a header's value as {@link Redactor#header} shows it, with every sent credential masked. */
  public String header(String name, String value) {
    return mask(redactor.header(name, value));
  }

  private List<String> values() {
    if (values == null) {
      values = find();
    }
    return values;
  }

  private List<String> find() {
    Set<String> plain = new LinkedHashSet<>();
    if (sent != null) {
      for (int i = 0; i < sent.headers().size(); i++) {
        if (redactor.isSecretHeader(sent.headers().name(i))) {
          addCredentialParts(plain, sent.headers().value(i));
        }
      }
      HttpUrl url = sent.url();
      for (int i = 0; i < url.querySize(); i++) {
        String value = url.queryParameterValue(i);
        if (value != null && redactor.isSecretQueryParameter(url.queryParameterName(i))) {
          plain.add(value);
        }
      }
      if (!url.password().isEmpty()) {
        plain.add(url.password());
      }
      addBodySecrets(plain, sent.body());
    }
    plain.addAll(redactor.secretValues());
    Set<String> forms = new LinkedHashSet<>();
    for (String value : plain) {
      if (value.length() >= Redactor.MIN_ECHOED_SECRET) {
        addEchoedForms(forms, value);
      }
    }
    List<String> longestFirst = new ArrayList<>(forms);
    longestFirst.sort((a, b) -> Integer.compare(b.length(), a.length()));
    return longestFirst;
  }

  /** Adds {@code value} as written, JSON-escaped and percent-encoded (as a query value, with {@code +} or {@code %20} for a space). */
  static void addEchoedForms(Set<String> forms, String value) {
    forms.add(value);
    if (isUnreserved(value)) {
      return;
    }
    String json = new String(JsonStringEncoder.getInstance().quoteAsString(value));
    forms.add(json);
    forms.add(json.replace("/", "\\/"));
    String formEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
    forms.add(formEncoded);
    forms.add(formEncoded.replace("+", "%20"));
    forms.add(QUERY_BASE.newBuilder().addQueryParameter("v", value).build().encodedQuery().substring(2));
  }

  /** Returns true if every character is one that neither JSON nor a URL escapes (most keys and tokens). */
  private static boolean isUnreserved(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~';
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  private static void addCredentialParts(Set<String> values, String headerValue) {
    values.add(headerValue);
    int space = headerValue.indexOf(' ');
    if (space < 0) {
      return;
    }
    String scheme = headerValue.substring(0, space);
    String credential = headerValue.substring(space + 1).trim();
    values.add(credential);
    if (scheme.equalsIgnoreCase("Basic")) {
      try {
        String decoded = new String(Base64.getDecoder().decode(credential), StandardCharsets.UTF_8);
        values.add(decoded);
        int colon = decoded.indexOf(':');
        if (colon >= 0) {
          values.add(decoded.substring(colon + 1));
        }
      } catch (IllegalArgumentException notBase64) {
        // the whole value is masked already
      }
    }
  }

  /**
   * Adds the values of the body's secret fields: a form's, or a JSON body's string values, when the
   * body can be read again (not one-shot), is at most {@value #MAX_READ_BODY} bytes and says so.
   */
  private void addBodySecrets(Set<String> values, RequestBody body) {
    if (body instanceof FormBody) {
      FormBody form = (FormBody) body;
      for (int i = 0; i < form.size(); i++) {
        if (redactor.isSecretQueryParameter(form.name(i))) {
          values.add(form.value(i));
        }
      }
      return;
    }
    if (body == null || body.isOneShot() || body.isDuplex() || !isJson(body.contentType())) {
      return;
    }
    try {
      long length = body.contentLength();
      if (length < 0 || length > MAX_READ_BODY) {
        return;
      }
      Buffer buffer = new Buffer();
      body.writeTo(buffer);
      values.addAll(redactor.secretFieldValues(buffer.readUtf8()));
    } catch (IOException | RuntimeException unreadable) {
      // nothing more to mask than what the headers and the URL carried
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null && type.subtype().toLowerCase(Locale.ROOT).contains("json");
  }
}
