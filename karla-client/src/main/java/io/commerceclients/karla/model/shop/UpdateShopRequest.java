package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.util.Optional;
import org.immutables.value.Value;

/** Updates some or all fields of a shop; absent fields are left unchanged. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateShopRequest.class)
@JsonDeserialize(builder = ImmutableUpdateShopRequest.Builder.class)
public interface UpdateShopRequest {

  /** Returns a new builder of {@code UpdateShopRequest}. */
  static ImmutableUpdateShopRequest.Builder builder() {
    return ImmutableUpdateShopRequest.builder();
  }

  /** Name to display. */
  @JsonProperty("name")
  Optional<String> name();

  /** Shop description in the shop's language. */
  @JsonProperty("description")
  Optional<String> description();

  /** Organization the shop belongs to. */
  @JsonProperty("organization")
  Optional<String> organization();

  /** Default language. */
  @JsonProperty("language")
  Optional<Language> language();

  /** Shop system provider. */
  @JsonProperty("shop_provider")
  Optional<ShopProvider> shopProvider();

  /** URL for API calls to the shop (an absolute URI). */
  @JsonProperty("shop_admin_url")
  Optional<String> shopAdminUrl();

  /** URL of the FAQ page. */
  @JsonProperty("shop_faq_url")
  Optional<String> shopFaqUrl();

  /** URL of the service page. */
  @JsonProperty("shop_service_url")
  Optional<String> shopServiceUrl();

  /** URL of the main shop (an absolute URI). */
  @JsonProperty("shop_url")
  Optional<String> shopUrl();

  /** Merchant logo image URL (an absolute URI). */
  @JsonProperty("logo_url")
  Optional<String> logoUrl();

  /**
   * Whether Karla should send Klaviyo events for shipment updates. From Karla's older schema
   * ({@code MerchantUpdateDTO}); the newer reference no longer lists it.
   */
  @JsonProperty("klaviyo_enabled")
  Optional<Boolean> klaviyoEnabled();

  /**
   * Whether the web tracking page should show order and shipment updates. From Karla's older
   * schema; the newer reference no longer lists it.
   */
  @JsonProperty("web_tracking_enabled")
  Optional<Boolean> webTrackingEnabled();
}
