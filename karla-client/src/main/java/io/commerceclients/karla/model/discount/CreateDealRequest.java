package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates a deal. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateDealRequest.class)
@JsonDeserialize(builder = ImmutableCreateDealRequest.Builder.class)
public interface CreateDealRequest {

  /** Returns a new builder of {@code CreateDealRequest}. */
  static ImmutableCreateDealRequest.Builder builder() {
    return ImmutableCreateDealRequest.builder();
  }

  /** Shop UUID. */
  @JsonProperty("shop_id")
  String shopId();

  /** Discount UUID. */
  @JsonProperty("discount_id")
  String discountId();

  /** Brand image URL. */
  @JsonProperty("brand_image_url")
  Optional<String> brandImageUrl();

  /** Brand logo URL. */
  @JsonProperty("brand_logo_url")
  Optional<String> brandLogoUrl();

  /** Call-to-action URL. */
  @JsonProperty("cta_url")
  Optional<String> ctaUrl();

  /** Title. */
  @JsonProperty("title")
  Optional<String> title();

  /** Description. */
  @JsonProperty("description")
  Optional<String> description();

  /** Translations. */
  @JsonProperty("translations")
  List<DealTranslation> translations();

  /** Rank. */
  @JsonProperty("rank")
  Optional<Long> rank();
}
