package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Texts of a deal in one language. */
@Value.Immutable
@JsonSerialize(as = ImmutableDealText.class)
@JsonDeserialize(builder = ImmutableDealText.Builder.class)
public interface DealText {

  /** Returns a new builder of {@code DealText}. */
  static ImmutableDealText.Builder builder() {
    return ImmutableDealText.builder();
  }

  /** Title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Description. */
  @JsonProperty("description")
  Optional<String> description();

  /** Call-to-action URL. */
  @JsonProperty("cta_url")
  Optional<String> ctaUrl();
}
