package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Segment settings of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableSegmentSettings.class)
@JsonDeserialize(builder = ImmutableSegmentSettings.Builder.class)
public interface SegmentSettings {

  /** Returns a new builder of {@code SegmentSettings}. */
  static ImmutableSegmentSettings.Builder builder() {
    return ImmutableSegmentSettings.builder();
  }

  /** Retrieve segments from Klaviyo. */
  @JsonProperty("klaviyo")
  Optional<Boolean> klaviyo();

  /** Retrieve segments from Shopify. */
  @JsonProperty("shopify")
  Optional<Boolean> shopify();
}
