package io.commerceclients.testing.server;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A request a fake received, kept for assertions: method, path, query, headers, the first
 * {@value #MAX_BODY} bytes of the body, and its full size.
 */
public final class RecordedRequest {
  /** How many body bytes are kept. */
  public static final int MAX_BODY = 1 << 20;

  private final String method;
  private final String path;
  private final @Nullable String rawQuery;
  private final Map<String, List<String>> headers;
  private final byte[] bodyPrefix;
  private final long bodySize;

  RecordedRequest(String method, String path, @Nullable String rawQuery, Map<String, List<String>> headers,
      byte[] bodyPrefix, long bodySize) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    this.headers = Collections.unmodifiableMap(h);
    this.bodyPrefix = bodyPrefix;
    this.bodySize = bodySize;
  }

  /** Returns the method. */
  public String method() {
    return method;
  }

  /** Returns the decoded path. */
  public String path() {
    return path;
  }

  /** Returns the raw query string, or null. */
  public @Nullable String rawQuery() {
    return rawQuery;
  }

  /** Returns the first value of a header (case-insensitive). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns all headers. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the kept body bytes (at most {@value #MAX_BODY}). */
  public byte[] body() {
    return bodyPrefix.clone();
  }

  /** Returns the kept body as UTF-8 text. */
  public String bodyText() {
    return new String(bodyPrefix, StandardCharsets.UTF_8);
  }

  /** Returns the full body size in bytes, including what was not kept. */
  public long bodySize() {
    return bodySize;
  }

  @Override
  public String toString() {
    return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
  }
}
