package io.commerceclients.testing.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The fakes' own JSON mapper (independent of the clients'), and tree-building shortcuts. */
public final class FakeJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private FakeJson() {}

  /** Returns the mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Returns a new empty JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** Returns a new empty JSON array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }
}
