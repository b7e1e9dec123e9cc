package io.commerceclients.karla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;

/** Reads the reference samples and checks that models write back what they read. */
public final class Samples {

  private static final ObjectMapper MAPPER = Json.mapper();

  private Samples() {}

  /** Returns the sample file as a JSON tree. */
  public static JsonNode tree(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        fail("no sample " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the sample file as text. */
  public static String text(String name) {
    return tree(name).toString();
  }

  /**
   * Reads the sample as {@code type}, writes it back, and checks that every value of the sample
   * survived (dates compared as instants, numbers by value) and that reading the output again
   * gives an equal object.
   */
  public static <T> T roundTrip(String name, Class<T> type) {
    try {
      JsonNode original = tree(name);
      T value = MAPPER.treeToValue(original, type);
      String written = MAPPER.writeValueAsString(value);
      assertSubset(name, original, MAPPER.readTree(written));
      assertEquals(value, MAPPER.readValue(written, type), name + " re-read");
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void assertSubset(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      assertTrue(actual.isObject(), path + " is an object");
      Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode value = actual.get(field.getKey());
        if (value == null) {
          fail(path + "." + field.getKey() + " was lost");
        }
        assertSubset(path + "." + field.getKey(), field.getValue(), value);
      }
    } else if (expected.isArray()) {
      assertEquals(expected.size(), actual.size(), path + " size");
      for (int i = 0; i < expected.size(); i++) {
        assertSubset(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else if (expected.isNumber()) {
      assertTrue(actual.isNumber(), path + " is a number");
      assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), path);
    } else if (expected.isTextual() && isDateTime(expected.asText())) {
      assertEquals(
          OffsetDateTime.parse(expected.asText()).toInstant(),
          OffsetDateTime.parse(actual.asText()).toInstant(),
          path);
    } else {
      assertEquals(expected, actual, path);
    }
  }

  private static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
