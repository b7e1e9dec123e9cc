package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Product;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An order with its shipments. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrder.class)
@JsonDeserialize(builder = ImmutableOrder.Builder.class)
public interface Order {

  /** Returns a new builder of {@code Order}. */
  static ImmutableOrder.Builder builder() {
    return ImmutableOrder.builder();
  }

  /** Karla's order UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** Order number. */
  @JsonProperty("order_number")
  Optional<String> orderNumber();

  /** Order name. */
  @JsonProperty("order_name")
  Optional<String> orderName();

  /** When the order was placed. */
  @JsonProperty("order_placed_at")
  Optional<OffsetDateTime> orderPlacedAt();

  /** Total price. */
  @JsonProperty("total_order_price")
  Optional<BigDecimal> totalOrderPrice();

  /** Shipping price. */
  @JsonProperty("shipping_price")
  Optional<BigDecimal> shippingPrice();

  /** Subtotal before shipping and discounts. */
  @JsonProperty("sub_total_price")
  Optional<BigDecimal> subTotalPrice();

  /** Total of discounts. */
  @JsonProperty("discount_price")
  Optional<BigDecimal> discountPrice();

  /** Line items. */
  @JsonProperty("products")
  List<Product> products();

  /** Discounts applied. */
  @JsonProperty("discounts")
  List<OrderDiscount> discounts();

  /** Customer email address. */
  @JsonProperty("email_id")
  Optional<String> emailId();

  /** Delivery address. */
  @JsonProperty("address")
  Optional<Address> address();

  /** ISO 4217 currency code. */
  @JsonProperty("currency")
  Optional<String> currency();

  /** Segments of the customer. */
  @JsonProperty("segments")
  List<String> segments();

  /** Total weight in grams. */
  @JsonProperty("weight")
  Optional<BigDecimal> weight();

  /** Customer id in the shop system. */
  @JsonProperty("external_customer_id")
  Optional<String> externalCustomerId();

  /** Shop slug. */
  @JsonProperty("merchant_slug")
  Optional<String> merchantSlug();

  /** Order id in the shop system. */
  @JsonProperty("external_id")
  Optional<String> externalId();

  /** Shipments of the order. */
  @JsonProperty("trackings")
  List<Shipment> trackings();
}
