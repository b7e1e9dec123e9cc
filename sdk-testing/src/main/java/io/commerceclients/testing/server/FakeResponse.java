package io.commerceclients.testing.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a fake answers: a status, headers, and a body from bytes, JSON or a file (streamed). */
public final class FakeResponse {
  private final int status;
  private final List<Map.Entry<String, String>> headers = new ArrayList<>();
  private final byte @Nullable [] bytes;
  private final @Nullable Path file;

  private FakeResponse(int status, byte @Nullable [] bytes, @Nullable Path file) {
    this.status = status;
    this.bytes = bytes;
    this.file = file;
  }

  /** An answer with a status and no body. */
  public static FakeResponse status(int status) {
    return new FakeResponse(status, null, null);
  }

  /** A JSON answer: {@code body} is a Jackson tree or any value Jackson can write. */
  public static FakeResponse json(int status, @Nullable Object body) {
    try {
      byte[] json = FakeJson.mapper().writeValueAsBytes(body);
      return new FakeResponse(status, json, null).header("Content-Type", "application/json");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain-text answer. */
  public static FakeResponse text(int status, String body) {
    return bytes(status, body.getBytes(StandardCharsets.UTF_8), "text/plain; charset=utf-8");
  }

  /** An answer with raw bytes. */
  public static FakeResponse bytes(int status, byte[] body, String contentType) {
    return new FakeResponse(status, body, null).header("Content-Type", contentType);
  }

  /** An answer that streams a file. */
  public static FakeResponse file(int status, Path file, String contentType) {
    return new FakeResponse(status, null, file).header("Content-Type", contentType);
  }

  /** Adds a header. */
  public FakeResponse header(String name, String value) {
    headers.add(Map.entry(name, value));
    return this;
  }

  /** Returns the status. */
  public int statusCode() {
    return status;
  }

  List<Map.Entry<String, String>> headers() {
    return headers;
  }

  /** Returns the body length, -1 for a streamed body of unknown length, 0 for none. */
  long length() throws IOException {
    if (file != null) {
      return Files.size(file);
    }
    return bytes == null ? 0 : bytes.length;
  }

  InputStream open() throws IOException {
    if (file != null) {
      return Files.newInputStream(file);
    }
    return new java.io.ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
  }
}
