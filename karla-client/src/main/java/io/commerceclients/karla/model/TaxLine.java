package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A tax line of a product. */
@Value.Immutable
@JsonSerialize(as = ImmutableTaxLine.class)
@JsonDeserialize(builder = ImmutableTaxLine.Builder.class)
public interface TaxLine {

  /** Returns a new builder of {@code TaxLine}. */
  static ImmutableTaxLine.Builder builder() {
    return ImmutableTaxLine.builder();
  }

  /** Currency of the tax line. */
  @JsonProperty("currency")
  Optional<String> currency();

  /** Price of the tax line. */
  @JsonProperty("price")
  Optional<BigDecimal> price();

  /** Rate of the tax line. */
  @JsonProperty("rate")
  Optional<BigDecimal> rate();

  /** Title of the tax line. */
  @JsonProperty("title")
  Optional<String> title();
}
