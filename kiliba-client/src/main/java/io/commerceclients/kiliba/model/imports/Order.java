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

/** An order to import; Kiliba creates it or fully overwrites the one with the same id. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrder.class)
@JsonDeserialize(builder = ImmutableOrder.Builder.class)
public interface Order {

  /** Returns a builder. */
  static ImmutableOrder.Builder builder() {
    return ImmutableOrder.builder();
  }

  /** The order's id in your system, its unique key. */
  KilibaId id();

  /** A human-readable reference of the order. */
  Optional<String> reference();

  /** The order's status; any string is accepted. */
  String status();

  /** The id of the cart the order came from. */
  Optional<KilibaId> cartId();

  /** The customer who placed the order. */
  Optional<CustomerReference> customer();

  /** The id of the shop the order belongs to. */
  KilibaId shopId();

  /** The billing address of the order. */
  Optional<Address> billingAddress();

  /** The amount actually paid excluding tax, not negative. */
  BigDecimal amount();

  /** The amount actually paid including tax, not negative. */
  BigDecimal amountWithTax();

  /** The products of the order. */
  List<LineItem> products();

  /** The promo codes used; the API defaults to none. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> promoCodes();

  /** When the order was created. */
  OffsetDateTime createdAt();

  /** When the order was last updated. */
  OffsetDateTime updatedAt();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();
}
