package io.commerceclients.karla.model.discount;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A deal (a discount promoted with brand images). */
@Value.Immutable
@JsonSerialize(as = ImmutableDeal.class)
@JsonDeserialize(builder = ImmutableDeal.Builder.class)
public interface Deal {

  /** Returns a new builder of {@code Deal}. */
  static ImmutableDeal.Builder builder() {
    return ImmutableDeal.builder();
  }

  /** Deal UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Shop UUID. */
  @JsonProperty("shop_id")
  Optional<String> shopId();

  /** Discount UUID. */
  @JsonProperty("discount_id")
  Optional<String> discountId();

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

  /** When the deal was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When the deal was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();
}
