package io.commerceclients.kiliba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the reference samples in {@code src/test/resources/samples} and checks round trips. */
public final class Samples {

  private Samples() {}

  /** Returns a sample's text. */
  public static String text(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a sample into {@code type}. */
  public static <T> T read(String name, Class<T> type) {
    try {
      return Json.mapper().readValue(text(name), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a sample into {@code type}. */
  public static <T> T read(String name, TypeReference<T> type) {
    try {
      return Json.mapper().readValue(text(name), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that {@code value} serialises to exactly the sample's JSON (as trees). */
  public static void assertSerialisesTo(String name, Object value) {
    try {
      JsonNode expected = Json.mapper().readTree(text(name));
      JsonNode actual = Json.mapper().readTree(Json.mapper().writeValueAsString(value));
      assertEquals(expected, actual);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
