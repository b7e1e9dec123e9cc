package io.commerceclients.kiliba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.commerceclients.core.json.Json;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class KilibaIdTest {

  @Test
  void keepsTheJsonTypeTheCallerChose() throws Exception {
    String json = Json.mapper().writeValueAsString(List.of(KilibaId.of(42), KilibaId.of("42")));

    assertEquals("[42,\"42\"]", json);
    assertNotEquals(KilibaId.of(42), KilibaId.of("42"));
  }

  @Test
  void readsStringsAndNumbersBackAsTheyWere() throws Exception {
    String json = "[\"cat-1\",7,12345678901234567890,1.5]";

    List<KilibaId> ids = Json.mapper().readValue(json, new TypeReference<List<KilibaId>>() {});

    assertEquals(List.of(KilibaId.of("cat-1"), KilibaId.of(7),
        KilibaId.of(new BigDecimal("12345678901234567890")), KilibaId.of(new BigDecimal("1.5"))), ids);
    assertTrue(ids.get(1).isNumber());
    assertTrue(ids.get(0).isString());
    assertEquals("12345678901234567890", ids.get(2).asString());
    assertEquals(json, Json.mapper().writeValueAsString(ids));
  }

  @Test
  void refusesObjects() {
    assertThrows(JsonMappingException.class, () -> Json.mapper().readValue("{\"a\":1}", KilibaId.class));
  }
}
