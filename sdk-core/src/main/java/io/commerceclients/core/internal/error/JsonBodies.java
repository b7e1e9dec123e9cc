package io.commerceclients.core.internal.error;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.json.Json;

/** Never-throwing helpers for error-body parsers that read JSON. */
public final class JsonBodies {
  private JsonBodies() {}

  /** Returns the body as a JSON object, or null when it is empty, not JSON or not an object. */
  public static JsonNode readObject(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    try {
      JsonNode node = Json.mapper().readTree(body);
      return node != null && node.isObject() ? node : null;
    } catch (Exception notJson) {
      return null;
    }
  }

  /** Returns the text of a scalar field, or null when it is missing, null or not a scalar. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  /** Returns the text of the first of {@code fields} present as a scalar, or null. */
  public static String firstText(JsonNode node, String... fields) {
    for (String field : fields) {
      String value = text(node, field);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
