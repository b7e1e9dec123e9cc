package io.commerceclients.testing.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** A request as a fake's handler sees it: method, path, path parameters, query, headers and body. */
public final class FakeRequest {
  /** The longest body {@link #bodyBytes()}, {@link #bodyText()} and {@link #bodyJson()} read: 64 MiB. */
  public static final int MAX_BODY_BYTES = 64 * 1024 * 1024;

  private final String method;
  private final String path;
  private final @Nullable String rawQuery;
  private final Map<String, List<String>> query;
  private final Map<String, List<String>> headers;
  private final Map<String, String> pathParams;
  private final InputStream body;
  private final String serverBaseUrl;

  FakeRequest(String method, String path, @Nullable String rawQuery, Map<String, List<String>> headers,
      Map<String, String> pathParams, InputStream body, String serverBaseUrl) {
    this.method = method;
    this.path = path;
    this.rawQuery = rawQuery;
    this.query = parseQuery(rawQuery);
    TreeMap<String, List<String>> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    h.putAll(headers);
    this.headers = Collections.unmodifiableMap(h);
    this.pathParams = Map.copyOf(pathParams);
    this.body = body;
    this.serverBaseUrl = serverBaseUrl;
  }

  /** Returns the HTTP method. */
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

  /** Returns the value of a {@code {name}} segment of the route's path template. */
  public String pathParam(String name) {
    String value = pathParams.get(name);
    if (value == null) {
      throw new IllegalArgumentException("no path parameter " + name);
    }
    return value;
  }

  /** Returns the first value of a query parameter. */
  public Optional<String> query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns every value of a (repeated) query parameter, in order. */
  public List<String> queryAll(String name) {
    return query.getOrDefault(name, List.of());
  }

  /** Returns the query parameters with all their values. */
  public Map<String, List<String>> queryParams() {
    return query;
  }

  /** Returns the first value of a header (case-insensitive). */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** Returns all headers, keyed case-insensitively. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** Returns the body as a stream; read it once. */
  public InputStream bodyStream() {
    return body;
  }

  /**
   * Reads the whole body, up to {@link #MAX_BODY_BYTES}; use {@link #bodyStream()} for large uploads.
   *
   * @throws PayloadTooLargeException if the body is longer (the server answers 413)
   */
  public byte[] bodyBytes() {
    return bodyBytes(MAX_BODY_BYTES);
  }

  /**
   * Reads the whole body if it is at most {@code maxBytes} long, without reading more than one byte past that.
   *
   * @throws PayloadTooLargeException if the body is longer (the server answers 413)
   */
  public byte[] bodyBytes(int maxBytes) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] chunk = new byte[64 * 1024];
      long limit = maxBytes + 1L;
      for (int n; out.size() < limit && (n = body.read(chunk, 0, (int) Math.min(chunk.length, limit - out.size()))) != -1; ) {
        out.write(chunk, 0, n);
      }
      if (out.size() > maxBytes) {
        throw new PayloadTooLargeException(maxBytes);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the whole body as UTF-8 text, up to {@link #MAX_BODY_BYTES}.
   *
   * @throws PayloadTooLargeException if the body is longer
   */
  public String bodyText() {
    return new String(bodyBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Reads the body as JSON, up to {@link #MAX_BODY_BYTES}.
   *
   * @throws MalformedBodyException if it is not JSON
   * @throws PayloadTooLargeException if the body is longer
   */
  public JsonNode bodyJson() {
    byte[] bytes = bodyBytes();
    try {
      return FakeJson.mapper().readTree(bytes);
    } catch (IOException e) {
      throw new MalformedBodyException("body is not valid JSON: " + e.getMessage());
    }
  }

  /** Returns the base URL of the server that received the request, such as {@code http://127.0.0.1:4567}. */
  public String serverBaseUrl() {
    return serverBaseUrl;
  }

  private static Map<String, List<String>> parseQuery(@Nullable String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  /** Thrown when a body is longer than a handler reads; the server answers 413. */
  public static final class PayloadTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(int maxBytes) {
      super("the request body is longer than " + maxBytes + " bytes");
    }
  }

  /** Thrown by {@link #bodyJson()} for a body that is not JSON; the server answers 400. */
  public static final class MalformedBodyException extends RuntimeException {
    MalformedBodyException(String message) {
      super(message);
    }
  }
}
