package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The fake's JSON helpers: a plain tree-model mapper and lenient date parsing. */
final class KilibaFakeJson {

  static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private KilibaFakeJson() {}

  static JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      throw FakeKilibaError.badRequest("Request body is empty");
    }
    try {
      return MAPPER.readTree(body);
    } catch (IOException e) {
      throw FakeKilibaError.badRequest("Request body is not valid JSON");
    }
  }

  /** Parses an ISO date-time; a value without an offset is UTC, a bare date is midnight UTC. */
  static Optional<Instant> instant(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        try {
          return Optional.of(LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notDate) {
          return Optional.empty();
        }
      }
    }
  }

  static Optional<Instant> instant(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || !value.isTextual() ? Optional.empty() : instant(value.asText());
  }

  static boolean present(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  static boolean isId(JsonNode value) {
    return value != null && (value.isTextual() || value.isNumber());
  }
}
