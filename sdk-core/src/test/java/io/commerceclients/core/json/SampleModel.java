package io.commerceclients.core.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

@SdkStyle
@Value.Immutable
@JsonSerialize(as = ImmutableSampleModel.class)
@JsonDeserialize(builder = ImmutableSampleModel.Builder.class)
interface SampleModel {
  String id();

  @JsonProperty("date_add")
  Optional<OffsetDateTime> dateAdd();

  List<String> tags();

  Optional<Color> color();

  @Value.Redacted
  Optional<String> secret();

  final class Color extends ExpandableEnum {
    private static final Registry<Color> REGISTRY = new Registry<>(Color::new);
    static final Color RED = REGISTRY.known("red");
    static final Color BLUE = REGISTRY.known("blue");

    private Color(String value, boolean known) {
      super(value, known);
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    static Color of(String value) {
      return REGISTRY.of(value);
    }
  }
}
