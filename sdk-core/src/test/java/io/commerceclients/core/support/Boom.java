package io.commerceclients.core.support;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A model whose decoding dies with an Error, as a pathological answer can make a real decoder do. */
@JsonDeserialize(using = Boom.Exploding.class)
public final class Boom {
  private Boom() {}

  /** Throws {@link StackOverflowError} whatever it reads. */
  public static final class Exploding extends JsonDeserializer<Boom> {
    @Override
    public Boom deserialize(JsonParser parser, DeserializationContext context) {
      throw new StackOverflowError("decoding exploded");
    }
  }
}
