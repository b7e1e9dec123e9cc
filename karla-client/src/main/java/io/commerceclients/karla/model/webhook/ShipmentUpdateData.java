package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Event data of a shipment update. */
@Value.Immutable
@JsonSerialize(as = ImmutableShipmentUpdateData.class)
@JsonDeserialize(builder = ImmutableShipmentUpdateData.Builder.class)
public interface ShipmentUpdateData {

  /** Returns a new builder of {@code ShipmentUpdateData}. */
  static ImmutableShipmentUpdateData.Builder builder() {
    return ImmutableShipmentUpdateData.builder();
  }

  /** Shipment UUID. */
  @JsonProperty("shipment_uuid")
  Optional<String> shipmentUuid();

  /** Custom fields of the shipment. */
  @JsonProperty("additional_info")
  @AllowNulls
  Map<String, @Nullable Object> additionalInfo();

  /** Expected delivery window. */
  @JsonProperty("expected_delivery")
  Optional<ExpectedDelivery> expectedDelivery();

  /** All events of the shipment. */
  @JsonProperty("all_events")
  List<ShipmentUpdateEvent> allEvents();

  /** Events new in this update. */
  @JsonProperty("new_events")
  List<ShipmentUpdateEvent> newEvents();

  /** Collection point. */
  @JsonProperty("collection_point")
  Optional<CollectionPoint> collectionPoint();

  /** Information about the recipient. */
  @JsonProperty("parcel_recipient_information")
  Optional<String> parcelRecipientInformation();
}
