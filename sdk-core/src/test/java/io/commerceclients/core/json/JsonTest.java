package io.commerceclients.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void writesIsoDatesAndOmitsAbsentOptionals() throws Exception {
    SampleModel model =
        ImmutableSampleModel.builder()
            .id("c1")
            .dateAdd(OffsetDateTime.of(2024, 8, 24, 14, 15, 22, 0, ZoneOffset.UTC))
            .addTag("a")
            .build();

    String json = Json.mapper().writeValueAsString(model);

    assertEquals(
        Json.mapper().readTree("{\"id\":\"c1\",\"date_add\":\"2024-08-24T14:15:22Z\",\"tags\":[\"a\"]}"),
        Json.mapper().readTree(json));
  }

  @Test
  void ignoresUnknownPropertiesAndKeepsUnknownEnumValues() throws Exception {
    SampleModel model =
        Json.mapper()
            .readValue(
                "{\"id\":\"c1\",\"brand_new_field\":{\"x\":1},\"color\":\"teal\"}",
                SampleModel.class);

    assertEquals("c1", model.id());
    assertEquals("teal", model.color().orElseThrow().value());
    assertFalse(model.color().orElseThrow().isKnown());
  }

  @Test
  void nullIsReadAsAnAbsentFieldAndARequiredNullIsNamed() throws Exception {
    SampleModel model = Json.mapper()
        .readValue("{\"id\":\"c1\",\"tags\":null,\"date_add\":null,\"color\":null}", SampleModel.class);

    assertEquals(List.of(), model.tags());
    assertTrue(model.dateAdd().isEmpty());
    assertTrue(model.color().isEmpty());
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> Json.mapper().readValue("{\"id\":null,\"tags\":[\"a\"]}", SampleModel.class));
    assertTrue(e.getMessage().contains("required attributes are not set [id]"), e.getMessage());
  }

  @Test
  void modelsAreReadThroughTheirBuildersOnly() throws Exception {
    SampleModel model = Json.mapper().readValue("{\"id\":\"c1\",\"tags\":[\"a\"]}", SampleModel.class);

    assertSame(ImmutableSampleModel.class, model.getClass());
    assertThrows(JsonMappingException.class,
        () -> Json.newMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .readValue("{\"id\":\"c1\",\"addTag\":\"a\"}", SampleModel.class),
        "only the JSON names are properties, not the builder's other methods");
  }

  @Test
  void knownEnumValuesAreTheConstants() throws Exception {
    SampleModel model = Json.mapper().readValue("{\"id\":\"c1\",\"color\":\"red\"}", SampleModel.class);

    assertSame(SampleModel.Color.RED, model.color().orElseThrow());
    assertTrue(model.color().orElseThrow().isKnown());
    assertEquals(
        Json.mapper().readTree("{\"id\":\"c1\",\"tags\":[],\"color\":\"red\"}"),
        Json.mapper().readTree(Json.mapper().writeValueAsString(model)));
  }

  @Test
  void redactedFieldsAreMaskedInToString() {
    SampleModel model = ImmutableSampleModel.builder().id("c1").secret("s3cr3t-value").build();

    assertFalse(model.toString().contains("s3cr3t-value"), model.toString());
    assertTrue(model.toString().contains("****"));
  }
}
