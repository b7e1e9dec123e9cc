package io.commerceclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The mapper a hand-written client configures: Jackson with JavaTimeModule, lenient about new fields. */
final class PlainJson {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  private PlainJson() {}

  static ObjectMapper mapper() {
    return MAPPER;
  }
}
