package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Translated texts of a deal. */
@Value.Immutable
@JsonSerialize(as = ImmutableDealTranslation.class)
@JsonDeserialize(builder = ImmutableDealTranslation.Builder.class)
public interface DealTranslation {

  /** Returns a new builder of {@code DealTranslation}. */
  static ImmutableDealTranslation.Builder builder() {
    return ImmutableDealTranslation.builder();
  }

  /** Language of the translation. */
  @JsonProperty("language")
  Optional<String> language();

  /** The translated texts. */
  @JsonProperty("values")
  Optional<DealText> values();
}
