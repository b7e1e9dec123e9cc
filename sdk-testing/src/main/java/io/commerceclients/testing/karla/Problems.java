package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;

/**
 * Collects the validation problems of one request body or query, as FastAPI reports them, and
 * throws them all at once as a 422.
 */
final class Problems {

  private final ArrayNode detail;
  private final Object[] prefix;

  private Problems(Object... prefix) {
    this(FakeJson.array(), prefix);
  }

  private Problems(ArrayNode detail, Object... prefix) {
    this.detail = detail;
    this.prefix = prefix;
  }

  /** Returns problems located under {@code more} inside this location, collected together. */
  Problems under(Object... more) {
    Object[] longer = java.util.Arrays.copyOf(prefix, prefix.length + more.length);
    System.arraycopy(more, 0, longer, prefix.length, more.length);
    return new Problems(detail, longer);
  }

  /** Problems of a JSON body, located under {@code body}. */
  static Problems body() {
    return new Problems("body");
  }

  /** Problems of item {@code index} of a JSON array body. */
  static Problems bodyItem(int index) {
    return new Problems("body", index);
  }

  /** Problems of the path parameters. */
  static Problems path() {
    return new Problems("path");
  }

  /** Problems of the query parameters. */
  static Problems query() {
    return new Problems("query");
  }

  void add(String type, String message, Object... location) {
    ObjectNode problem = detail.addObject();
    ArrayNode loc = problem.putArray("loc");
    for (Object part : prefix) {
      addLoc(loc, part);
    }
    for (Object part : location) {
      addLoc(loc, part);
    }
    problem.put("msg", message);
    problem.put("type", type);
  }

  /** Checks that {@code node} is a JSON object; the rest of the checks need one. */
  boolean object(JsonNode node) {
    if (node == null || !node.isObject()) {
      add("model_attributes_type", "Input should be a valid dictionary or object");
      return false;
    }
    return true;
  }

  void required(JsonNode object, String... fields) {
    for (String field : fields) {
      JsonNode value = object.get(field);
      if (value == null || value.isNull()) {
        add("missing", "Field required", field);
      }
    }
  }

  void length(JsonNode object, String field, int min, int max) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    String text = value.asText();
    int length = text.codePointCount(0, text.length());
    if (length < min) {
      add("string_too_short", "String should have at least " + min + " characters", field);
    } else if (length > max) {
      add("string_too_long", "String should have at most " + max + " characters", field);
    }
  }

  void range(JsonNode object, String field, long min, long max) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    if (!value.canConvertToLong()) {
      add("int_parsing", "Input should be a valid integer", field);
    } else if (value.asLong() < min) {
      add("greater_than_equal", "Input should be greater than or equal to " + min, field);
    } else if (value.asLong() > max) {
      add("less_than_equal", "Input should be less than or equal to " + max, field);
    }
  }

  void url(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    try {
      URI uri = new URI(value.asText());
      if (uri.getScheme() == null || uri.getRawAuthority() == null) {
        add("url_parsing", "Input should be a valid URL, relative URL without a base", field);
      }
    } catch (Exception e) {
      add("url_parsing", "Input should be a valid URL", field);
    }
  }

  void dateTime(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    try {
      OffsetDateTime.parse(value.asText());
    } catch (DateTimeParseException e) {
      add("datetime_from_date_parsing", "Input should be a valid datetime", field);
    }
  }

  void oneOf(JsonNode object, String field, Set<String> allowed) {
    JsonNode value = object.get(field);
    if (value == null || value.isNull()) {
      return;
    }
    if (!allowed.contains(value.asText())) {
      add("enum", "Input should be " + String.join(", ", allowed), field);
    }
  }

  void array(JsonNode object, String field) {
    JsonNode value = object.get(field);
    if (value != null && !value.isNull() && !value.isArray()) {
      add("list_type", "Input should be a valid list", field);
    }
  }

  boolean isEmpty() {
    return detail.isEmpty();
  }

  ArrayNode detail() {
    return detail;
  }

  /** Throws the collected problems as a 422, if there are any. */
  void throwIfAny() {
    if (!detail.isEmpty()) {
      throw KarlaError.validation(detail);
    }
  }

  private static void addLoc(ArrayNode loc, Object part) {
    if (part instanceof Integer) {
      loc.add((Integer) part);
    } else {
      loc.add(String.valueOf(part));
    }
  }
}
