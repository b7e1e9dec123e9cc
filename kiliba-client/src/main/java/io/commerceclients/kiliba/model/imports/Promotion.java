package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A promotional price of a product, optionally limited in time. */
@Value.Immutable
@JsonSerialize(as = ImmutablePromotion.class)
@JsonDeserialize(builder = ImmutablePromotion.Builder.class)
public interface Promotion {

  /** Returns a builder. */
  static ImmutablePromotion.Builder builder() {
    return ImmutablePromotion.builder();
  }

  /** The promotional price excluding tax, not negative. */
  BigDecimal price();

  /** The promotional price including tax, not negative. */
  BigDecimal priceWithTax();

  /** When the promotion starts. */
  Optional<OffsetDateTime> startDate();

  /** When the promotion ends. */
  Optional<OffsetDateTime> endDate();
}
