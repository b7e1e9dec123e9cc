package io.commerceclients.core.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A model whose decoding dies with an Error, as a pathological answer can make a real decoder do. */
@JsonDeserialize(using = Boom.Exploding.class)
public final class Boom {
  private Boom() {}

  /** Throws {@link AssertionError} for {@code {"kind":"assertion"}}, else {@link StackOverflowError}. */
  public static final class Exploding extends JsonDeserializer<Boom> {
    @Override
    public Boom deserialize(JsonParser parser, DeserializationContext context) throws java.io.IOException {
      com.fasterxml.jackson.databind.JsonNode body = parser.readValueAsTree();
      if ("assertion".equals(body.path("kind").asText())) {
        throw new AssertionError("decoding asserted");
      }
      throw new StackOverflowError("decoding exploded");
    }
  }
}
