package io.commerceclients.karla.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.error.ErrorKind;
import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.internal.error.ErrorBodyParser;
import io.commerceclients.core.internal.error.JsonBodies;
import io.commerceclients.core.internal.error.ParsedError;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads Karla's error bodies: its own {@code {errors[], key, message, type}} ({@code key} becomes
 * the error code) and FastAPI's {@code {"detail": [{loc, msg, type}]}} or {@code {"detail": "…"}}.
 * A 400 that refuses the credentials becomes an authentication error.
 */
final class KarlaErrorParser implements ErrorBodyParser {

  private static final Set<String> AUTH_KEYS =
      Set.of(
          "invalid_credentials",
          "invalid_api_key",
          "authentication_failed",
          "not_authenticated",
          "unauthorized",
          "api_key_expired");

  @Override
  public ParsedError parse(int statusCode, String body) {
    JsonNode root = JsonBodies.readObject(body);
    if (root == null) {
      return ParsedError.empty();
    }
    String key = JsonBodies.text(root, "key");
    String message = JsonBodies.text(root, "message");
    List<FieldError> fields = new ArrayList<>();
    JsonNode errors = root.get("errors");
    if (errors != null && errors.isArray()) {
      errors.forEach(e -> addFieldError(fields, e));
    }
    JsonNode detail = root.get("detail");
    if (detail != null && detail.isArray()) {
      detail.forEach(e -> addFieldError(fields, e));
      if (message == null && !fields.isEmpty()) {
        message = summary(fields);
      }
    } else if (detail != null && detail.isValueNode() && message == null) {
      message = detail.asText();
    }
    ParsedError parsed = ParsedError.of(key, message, fields);
    return statusCode == 400 && refusesCredentials(key, message)
        ? parsed.withKind(ErrorKind.AUTHENTICATION)
        : parsed;
  }

  private static boolean refusesCredentials(String key, String message) {
    if (key != null && AUTH_KEYS.contains(key)) {
      return true;
    }
    if (message == null) {
      return false;
    }
    String lower = message.toLowerCase(Locale.ROOT);
    return lower.contains("credential") || lower.contains("not authenticated")
        || lower.contains("incorrect username") || lower.contains("invalid api key");
  }

  private static void addFieldError(List<FieldError> out, JsonNode error) {
    if (error == null || !error.isObject()) {
      return;
    }
    String field = JsonBodies.text(error, "field");
    if (field == null) {
      field = location(error.get("loc"));
    }
    String msg = JsonBodies.firstText(error, "msg", "message");
    out.add(new FieldError(field, msg == null ? "invalid" : msg, JsonBodies.text(error, "type")));
  }

  /**
   * Turns FastAPI's {@code ["body", 3, "trackings", 0, "id"]} into {@code body[3].trackings[0].id}.
   * An index is kept as the server wrote it ({@code [99999999999999999999]}, {@code [-1]}), never
   * converted to a number; a nested array or object is kept as its JSON text. Never throws.
   */
  static String location(JsonNode loc) {
    if (loc == null || !loc.isArray() || loc.isEmpty()) {
      return loc != null && loc.isValueNode() && !loc.isNull() ? loc.asText() : "";
    }
    StringBuilder out = new StringBuilder();
    for (JsonNode part : loc) {
      if (part.isIntegralNumber()) {
        out.append('[').append(part.bigIntegerValue()).append(']');
      } else {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(part.isContainerNode() ? part.toString() : part.asText());
      }
    }
    return out.toString();
  }

  private static String summary(List<FieldError> fields) {
    StringBuilder out = new StringBuilder();
    for (FieldError field : fields) {
      if (out.length() > 0) {
        out.append("; ");
      }
      out.append(field.field()).append(": ").append(field.message());
    }
    return out.toString();
  }
}
