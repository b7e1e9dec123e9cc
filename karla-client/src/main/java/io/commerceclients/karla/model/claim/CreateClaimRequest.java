package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Files a claim. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateClaimRequest.class)
@JsonDeserialize(builder = ImmutableCreateClaimRequest.Builder.class)
public interface CreateClaimRequest {

  /** Returns a new builder of {@code CreateClaimRequest}. */
  static ImmutableCreateClaimRequest.Builder builder() {
    return ImmutableCreateClaimRequest.builder();
  }

  /** Why the claim is filed. */
  @JsonProperty("reason")
  ClaimReason reason();

  /** Karla's shipment UUID. */
  @JsonProperty("shipment_id")
  Optional<String> shipmentId();

  /** How the customer wants it resolved. */
  @JsonProperty("resolution_preference")
  Optional<ClaimResolutionPreference> resolutionPreference();

  /** Initial status. */
  @JsonProperty("status")
  Optional<ClaimStatus> status();

  /** Why the claim was filed, in the customer's words. */
  @JsonProperty("description")
  Optional<String> description();

  /** Private URL of the customer's signature image. */
  @JsonProperty("customer_signature_image_url")
  Optional<String> customerSignatureImageUrl();

  /** Items concerned. */
  @JsonProperty("selected_items")
  List<ClaimItem> selectedItems();

  /** Image URLs giving evidence. */
  @JsonProperty("image_urls")
  List<String> imageUrls();

  /** Whether the customer allowed the carrier to leave the parcel without handing it over. */
  @JsonProperty("dropoff_permission")
  Optional<Boolean> dropoffPermission();

  /** Damaged items (deprecated by Karla, use selectedItems). */
  @JsonProperty("damaged_product_items")
  List<ClaimItem> damagedProductItems();
}
