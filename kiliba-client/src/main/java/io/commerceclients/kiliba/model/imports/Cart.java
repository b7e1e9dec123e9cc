package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A cart to import; Kiliba creates it or fully overwrites the one with the same id. */
@Value.Immutable
@JsonSerialize(as = ImmutableCart.class)
@JsonDeserialize(builder = ImmutableCart.Builder.class)
public interface Cart {

  /** Returns a builder. */
  static ImmutableCart.Builder builder() {
    return ImmutableCart.builder();
  }

  /** The cart's id in your system, its unique key. */
  KilibaId id();

  /** The customer of the cart. */
  Optional<CustomerReference> customer();

  /** The id of the shop the cart belongs to. */
  KilibaId shopId();

  /** The cart's language, a two-letter ISO 639-1 code. */
  String langIsoCode();

  /** The cart's computed amount excluding tax, not negative. */
  BigDecimal amount();

  /** The cart's computed amount including tax, not negative. */
  BigDecimal amountWithTax();

  /** The products in the cart. */
  List<LineItem> products();

  /** The promo codes applied; the API defaults to none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> promoCodes();

  /** The billing address of the cart. */
  Optional<Address> billingAddress();

  /** When the cart was created. */
  OffsetDateTime createdAt();

  /** When the cart was last updated. */
  OffsetDateTime updatedAt();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();
}
