package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** A shop (merchant) in Karla. */
@Value.Immutable
@JsonSerialize(as = ImmutableShop.class)
@JsonDeserialize(builder = ImmutableShop.Builder.class)
public interface Shop {

  /** Returns a new builder of {@code Shop}. */
  static ImmutableShop.Builder builder() {
    return ImmutableShop.builder();
  }

  /** The shop slug, its identifier in every shop-scoped path. */
  @JsonProperty("slug")
  String slug();

  /** When the shop was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When the shop was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();

  /** The shop UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Display name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Organization the shop belongs to. */
  @JsonProperty("organization")
  Optional<String> organization();

  /** Default language of the shop's texts. */
  @JsonProperty("language")
  Optional<Language> language();

  /** Merchant logo image URL. */
  @JsonProperty("logo_url")
  Optional<String> logoUrl();

  /** URL of the main shop. */
  @JsonProperty("shop_url")
  Optional<String> shopUrl();

  /** Shop description. */
  @JsonProperty("description")
  Optional<String> description();

  /** Shop system provider. */
  @JsonProperty("shop_provider")
  Optional<ShopProvider> shopProvider();

  /** URL for API calls to the shop. */
  @JsonProperty("shop_admin_url")
  Optional<String> shopAdminUrl();

  /** URL of the FAQ page. */
  @JsonProperty("shop_faq_url")
  Optional<String> shopFaqUrl();

  /** URL of the service page. */
  @JsonProperty("shop_service_url")
  Optional<String> shopServiceUrl();

  /**
   * Whether Karla sends Klaviyo events for shipment updates. From Karla's older schema
   * ({@code MerchantDetailDTO}, default false); the newer reference no longer lists it.
   */
  @JsonProperty("klaviyo_enabled")
  Optional<Boolean> klaviyoEnabled();

  /**
   * Whether the web tracking page shows order and shipment updates. From Karla's older schema
   * (default false); the newer reference no longer lists it.
   */
  @JsonProperty("web_tracking_enabled")
  Optional<Boolean> webTrackingEnabled();

  /** When the merchant goes live with Karla's services. From Karla's older schema. */
  @JsonProperty("go_live_at")
  Optional<OffsetDateTime> goLiveAt();
}
