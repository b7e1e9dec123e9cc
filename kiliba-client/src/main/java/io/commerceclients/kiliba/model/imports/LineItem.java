package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/** A product line of an order or a cart, with the cumulative amounts of the line. */
@Value.Immutable
@JsonSerialize(as = ImmutableLineItem.class)
@JsonDeserialize(builder = ImmutableLineItem.Builder.class)
public interface LineItem {

  /** Returns a builder. */
  static ImmutableLineItem.Builder builder() {
    return ImmutableLineItem.builder();
  }

  /** The product's id in your system. */
  KilibaId id();

  /** The product variant's id in your system. */
  Optional<KilibaId> variantId();

  /** The product's name. */
  Optional<String> name();

  /** The quantity, 0 to 9007199254740991. */
  long quantity();

  /** The line's amount excluding tax, not negative. */
  BigDecimal amount();

  /** The line's amount including tax, not negative. */
  BigDecimal amountWithTax();

  /** The product's URL relative to the shop (documented for carts). */
  Optional<String> relativeUrl();

  /** The manufacturer's id. */
  Optional<String> manufacturerId();

  /** The manufacturer's name. */
  Optional<String> manufacturerName();
}
