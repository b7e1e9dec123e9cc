package io.commerceclients.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FastOffsetDateTimeTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "2019-08-24T14:15:22Z", "2019-08-24t14:15:22z", "2025-01-31T23:59:59.5Z", "2025-01-31T23:59:59.123456789Z",
      "2025-01-31T23:59:59.123+02:00", "1999-12-31T00:00:00-05:30", "2024-02-29T12:00:00+14:00"})
  void readsTheCommonFormLikeJavaTime(String text) throws Exception {
    OffsetDateTime expected = OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT));
    assertEquals(expected, FastOffsetDateTimeDeserializer.parse(text));
    assertEquals(expected, Json.mapper().readValue("\"" + text + "\"", OffsetDateTime.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-08-24T14:15Z", "2019-08-24T14:15:22.Z", "2019-08-24T14:15:22", "2019-08-24T14:15:22+0200",
      "2019-02-30T14:15:22Z", "2019-08-24T24:00:00Z", "2019-08-24T14:15:22+18:30", "2019-08-24 14:15:22Z"})
  void leavesOtherFormsToJavaTime(String text) {
    assertNull(FastOffsetDateTimeDeserializer.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-02-30T14:15:22Z", "not a date", "2019-08-24T14:15:22"})
  void invalidTextFailsAsJavaTimeWould(String text) {
    assertThrows(JsonMappingException.class, () -> Json.mapper().readValue("\"" + text + "\"", OffsetDateTime.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2019-08-24T14:15Z", "2019-08-24T14:15:22+0200"})
  void otherValidFormsStillParseThroughTheFallback(String text) throws Exception {
    assertEquals(OffsetDateTime.parse("2019-08-24T14:15:00Z").getYear(), Json.mapper().readValue("\"" + text + "\"", OffsetDateTime.class).getYear());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2019-08-24T14:15:22Z", "2025-01-31T23:59:59.5Z", "2025-01-31T23:59:59.123456789Z", "2025-01-31T23:59:59.000001Z",
      "2025-01-31T23:59:59.123+02:00", "1999-12-31T00:00:00-05:30", "0001-01-01T00:00:00Z", "2024-02-29T12:00:00+14:00",
      "2024-02-29T12:00:00+05:45:30", "+12345-01-01T00:00:00Z", "2019-08-24T14:15:00Z", "9999-12-31T23:59:59.999999999-09:30",
      "2000-01-01T00:00:00.100+00:01"})
  void writesExactlyWhatTheIsoFormatterWrites(String text) throws Exception {
    OffsetDateTime value = OffsetDateTime.parse(text);
    String iso = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    assertEquals(iso, FastOffsetDateTimeSerializer.format(value));
    assertEquals("\"" + iso + "\"", Json.mapper().writeValueAsString(value));
  }
}
