package io.commerceclients.core.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.OffsetDateTime;

/**
 * The SDK's one Jackson configuration: java.time as ISO-8601 strings, unknown properties ignored so
 * that new server fields never break an old client, unknown enum values kept, absent optionals
 * omitted, and a JSON {@code null} read as an absent field (an empty list or map, an empty
 * optional; a required field still fails, naming it).
 *
 * <p>Models are read through their generated builders ({@code @JsonDeserialize(builder = ...)}):
 * one object per value, no intermediate copy. A mapper of your own reads them too when it is
 * configured like {@link #newMapper()}: the {@code Jdk8Module} and {@code JavaTimeModule}, and
 * {@code defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))} so that a {@code null} list
 * is read as empty.
 */
public final class Json {

  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /** Returns the shared, preconfigured mapper; do not reconfigure it (use {@link #newMapper()}). */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Builds a new mapper with the SDK's configuration, for callers that need to customise one. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new SimpleModule("commerce-clients-dates")
            .addDeserializer(OffsetDateTime.class, new FastOffsetDateTimeDeserializer())
            .addSerializer(OffsetDateTime.class, new FastOffsetDateTimeSerializer()))
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .defaultSetterInfo(JsonSetter.Value.forValueNulls(Nulls.SKIP))
        .build();
  }
}
