package io.commerceclients.karla.model.campaign;

import io.commerceclients.core.json.Json;
import org.jspecify.annotations.Nullable;

/** Types promotion properties read from JSON by the campaign's promotion type. */
final class Promotions {

  private Promotions() {}

  /**
   * Returns {@code properties} as the class of {@code type} when they were read untyped, or
   * unchanged when they are typed already.
   *
   * @throws IllegalArgumentException if typed properties do not belong to {@code type}
   */
  static PromotionProperties typed(PromotionType type, PromotionProperties properties) {
    if (!(properties instanceof OtherPromotionProperties)) {
      if (!properties.promotionType().equals(type)) {
        throw new IllegalArgumentException(
            "promotion_type is " + type + " but promotion_properties are of type "
                + properties.promotionType());
      }
      return properties;
    }
    OtherPromotionProperties other = (OtherPromotionProperties) properties;
    if (other.promotionType().equals(type)) {
      return other;
    }
    Class<? extends PromotionProperties> target = classOf(type);
    if (target == null) {
      return other.withPromotionType(type);
    }
    return Json.mapper().convertValue(other.properties(), target);
  }

  private static @Nullable Class<? extends PromotionProperties> classOf(PromotionType type) {
    if (type.equals(PromotionType.BASIC)) {
      return BasicPromotionProperties.class;
    }
    if (type.equals(PromotionType.PRODUCT)) {
      return ProductPromotionProperties.class;
    }
    if (type.equals(PromotionType.BANNER)) {
      return BannerPromotionProperties.class;
    }
    return null;
  }
}
