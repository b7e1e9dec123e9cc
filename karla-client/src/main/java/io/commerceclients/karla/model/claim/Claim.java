package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A claim about a shipment. */
@Value.Immutable
@JsonSerialize(as = ImmutableClaim.class)
@JsonDeserialize(builder = ImmutableClaim.Builder.class)
public interface Claim {

  /** Returns a new builder of {@code Claim}. */
  static ImmutableClaim.Builder builder() {
    return ImmutableClaim.builder();
  }

  /** Claim UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** When the claim was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When the claim was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();

  /** When the claim was cancelled or completed. */
  @JsonProperty("deleted_at")
  Optional<OffsetDateTime> deletedAt();

  /** Order UUID. */
  @JsonProperty("order_id")
  Optional<String> orderId();

  /** Shipment UUID. */
  @JsonProperty("shipment_id")
  Optional<String> shipmentId();

  /** Shop UUID. */
  @JsonProperty("shop_id")
  Optional<String> shopId();

  /** Order number. */
  @JsonProperty("order_number")
  Optional<String> orderNumber();

  /** Resolution preference. */
  @JsonProperty("resolution_preference")
  Optional<ClaimResolutionPreference> resolutionPreference();

  /** Reason. */
  @JsonProperty("reason")
  Optional<ClaimReason> reason();

  /** Progress. */
  @JsonProperty("status")
  Optional<ClaimStatus> status();

  /** Description. */
  @JsonProperty("description")
  Optional<String> description();

  /** Private URL of the signature image. */
  @JsonProperty("customer_signature_image_url")
  Optional<String> customerSignatureImageUrl();

  /** Damaged items (deprecated). */
  @JsonProperty("damaged_product_items")
  List<ClaimItem> damagedProductItems();

  /** Items concerned. */
  @JsonProperty("selected_items")
  List<ClaimItem> selectedItems();

  /** Evidence image URLs. */
  @JsonProperty("image_urls")
  List<String> imageUrls();

  /** Delivery address of the order. */
  @JsonProperty("address")
  Optional<Address> address();

  /** Order price without discounts, shipping and taxes. */
  @JsonProperty("net_invoice_amount")
  Optional<BigDecimal> netInvoiceAmount();

  /** Carrier tracking number. */
  @JsonProperty("tracking_number")
  Optional<String> trackingNumber();

  /** Carrier. */
  @JsonProperty("carrier_reference")
  Optional<Carrier> carrierReference();

  /** When the carrier picked up the parcel. */
  @JsonProperty("scan_date")
  Optional<OffsetDateTime> scanDate();

  /** Weight of the parcel in kilograms. */
  @JsonProperty("weight_kg")
  Optional<BigDecimal> weightKg();

  /** Whether the customer allowed a drop-off. */
  @JsonProperty("dropoff_permission")
  Optional<Boolean> dropoffPermission();

  /** Shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();
}
