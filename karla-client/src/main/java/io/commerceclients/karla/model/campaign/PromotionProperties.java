package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * The properties of a campaign's promotion. Their shape follows the campaign's promotion type:
 * {@link BasicPromotionProperties}, {@link ProductPromotionProperties}, {@link
 * BannerPromotionProperties}, or {@link OtherPromotionProperties} for a type this SDK version does
 * not know. Switch on the concrete type, or on {@link #promotionType()}.
 */
@JsonDeserialize(as = OtherPromotionProperties.class)
public interface PromotionProperties {

  /** Returns the promotion type these properties belong to, sent as the campaign's promotion_type. */
  @JsonIgnore
  PromotionType promotionType();
}
