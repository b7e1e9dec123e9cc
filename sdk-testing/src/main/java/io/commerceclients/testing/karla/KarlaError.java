package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeResponse;

/** An error answer of the fake, in Karla's {@code {errors, key, message, type}} or FastAPI's shape. */
final class KarlaError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ObjectNode body;

  private KarlaError(int status, ObjectNode body) {
    super(body.toString(), null, false, false);
    this.status = status;
    this.body = body;
  }

  /** A Karla error body with a stable snake_case key. */
  static KarlaError karla(int status, String key, String message) {
    ObjectNode body = FakeJson.object();
    body.putArray("errors");
    body.put("key", key);
    body.put("message", message);
    body.put("type", status >= 500 ? "api_error" : "invalid_request_error");
    return new KarlaError(status, body);
  }

  static KarlaError notFound(String what, String id) {
    return karla(404, what + "_not_found", capitalise(what) + " " + id + " was not found");
  }

  static KarlaError exists(String what, String id) {
    return karla(409, what + "_exists", capitalise(what) + " " + id + " already exists");
  }

  /** FastAPI's 422 body, {@code {"detail": [{loc, msg, type}]}}. */
  static KarlaError validation(ArrayNode detail) {
    ObjectNode body = FakeJson.object();
    body.set("detail", detail);
    return new KarlaError(422, body);
  }

  FakeResponse response() {
    return FakeResponse.json(status, body);
  }

  private static String capitalise(String key) {
    String words = key.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
