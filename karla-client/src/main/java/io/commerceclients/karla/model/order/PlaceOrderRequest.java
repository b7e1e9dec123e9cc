package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Product;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Places an order in a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutablePlaceOrderRequest.class)
@JsonDeserialize(builder = ImmutablePlaceOrderRequest.Builder.class)
public interface PlaceOrderRequest {

  /** Returns a new builder of {@code PlaceOrderRequest}. */
  static ImmutablePlaceOrderRequest.Builder builder() {
    return ImmutablePlaceOrderRequest.builder();
  }

  /** Order number. */
  @JsonProperty("order_number")
  String orderNumber();

  /** Order id in the shop system (for example Shopify's order id). */
  @JsonProperty("external_id")
  String externalId();

  /** Delivery address; zip_code is required. */
  @JsonProperty("address")
  Address address();

  /** Order name. */
  @JsonProperty("order_name")
  Optional<String> orderName();

  /** When the order was placed (Karla assumes now). */
  @JsonProperty("order_placed_at")
  Optional<OffsetDateTime> orderPlacedAt();

  /** Total price of the order. */
  @JsonProperty("total_order_price")
  Optional<BigDecimal> totalOrderPrice();

  /** Total shipping price. */
  @JsonProperty("shipping_price")
  Optional<BigDecimal> shippingPrice();

  /** Subtotal of items before shipping and discounts. */
  @JsonProperty("sub_total_price")
  Optional<BigDecimal> subTotalPrice();

  /** Total of all discounts (Karla assumes 0). */
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

  /** ISO 4217 currency code (Karla assumes EUR). */
  @JsonProperty("currency")
  Optional<String> currency();

  /** Segments the customer belongs to. */
  @JsonProperty("segments")
  List<String> segments();

  /** Total weight in grams. */
  @JsonProperty("weight")
  Optional<BigDecimal> weight();

  /** Customer id in the shop system. */
  @JsonProperty("external_customer_id")
  Optional<String> externalCustomerId();

  /** URL of the order status page of the shop system. */
  @JsonProperty("order_status_url")
  Optional<String> orderStatusUrl();

  /** Preferred delivery date, as the shop system gives it. */
  @JsonProperty("preferred_delivery_date")
  Optional<Map<String, Object>> preferredDeliveryDate();

  /** User agent of the customer. */
  @JsonProperty("user_agent")
  Optional<String> userAgent();

  /** Free-form analytics data; Karla stores it without using it. */
  @JsonProperty("order_analytics")
  Map<String, Object> orderAnalytics();

  /** Expected number of shipments, at most 100 (Karla assumes 1). */
  @JsonProperty("expected_number_of_shipments")
  Optional<Long> expectedNumberOfShipments();
}
