package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** Extra data of a tracking event. */
@Value.Immutable
@JsonSerialize(as = ImmutableEventAdditionalInfo.class)
@JsonDeserialize(builder = ImmutableEventAdditionalInfo.Builder.class)
public interface EventAdditionalInfo {

  /** Returns a new builder of {@code EventAdditionalInfo}. */
  static ImmutableEventAdditionalInfo.Builder builder() {
    return ImmutableEventAdditionalInfo.builder();
  }

  /** Pickup point. */
  @JsonProperty("pickup_point")
  Optional<String> pickupPoint();

  /** Pickup point URL. */
  @JsonProperty("pickup_point_url")
  Optional<String> pickupPointUrl();

  /** Pickup time. */
  @JsonProperty("pickup_time")
  Optional<OffsetDateTime> pickupTime();

  /** Opening hours of the pickup point, by day. */
  @JsonProperty("pickup_opening_hours")
  Map<String, String> pickupOpeningHours();

  /** Message for the customer. */
  @JsonProperty("mail_message")
  Optional<String> mailMessage();

  /** Merchant name. */
  @JsonProperty("merchant_name")
  Optional<String> merchantName();

  /** Preferred delivery date. */
  @JsonProperty("preferred_delivery_date")
  Optional<OffsetDateTime> preferredDeliveryDate();

  /** Date of the event. */
  @JsonProperty("date")
  Optional<OffsetDateTime> date();
}
