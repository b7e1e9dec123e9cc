package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** All settings of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableShopSettings.class)
@JsonDeserialize(builder = ImmutableShopSettings.Builder.class)
public interface ShopSettings {

  /** Returns a new builder of {@code ShopSettings}. */
  static ImmutableShopSettings.Builder builder() {
    return ImmutableShopSettings.builder();
  }

  /** Carrier settings. */
  @JsonProperty("carriers")
  Optional<CarrierSettings> carriers();

  /** Trigger settings. */
  @JsonProperty("triggers")
  Optional<TriggerSettings> triggers();

  /** Segment settings. */
  @JsonProperty("segments")
  Optional<SegmentSettings> segments();
}
