package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Texts of a tracking event, translated. */
@Value.Immutable
@JsonSerialize(as = ImmutableEventStrings.class)
@JsonDeserialize(builder = ImmutableEventStrings.Builder.class)
public interface EventStrings {

  /** Returns a new builder of {@code EventStrings}. */
  static ImmutableEventStrings.Builder builder() {
    return ImmutableEventStrings.builder();
  }

  /** Event status. */
  @JsonProperty("event_status")
  Optional<String> eventStatus();

  /** Label in the event list. */
  @JsonProperty("list_label")
  Optional<String> listLabel();

  /** Header headline. */
  @JsonProperty("header_headline")
  Optional<String> headerHeadline();

  /** Header title. */
  @JsonProperty("header_title")
  Optional<String> headerTitle();

  /** Header subtitle. */
  @JsonProperty("header_subtitle")
  Optional<String> headerSubtitle();
}
