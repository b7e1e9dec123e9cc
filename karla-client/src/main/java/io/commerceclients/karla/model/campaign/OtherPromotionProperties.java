package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Properties of a promotion whose type this SDK version does not know, kept as the JSON object
 * Karla sent so that nothing is lost and they can be sent back unchanged.
 */
public final class OtherPromotionProperties implements PromotionProperties {

  private final PromotionType promotionType;
  private final Map<String, @Nullable Object> properties;

  private OtherPromotionProperties(PromotionType promotionType, Map<String, @Nullable Object> properties) {
    this.promotionType = Objects.requireNonNull(promotionType, "promotionType");
    this.properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** Returns properties of {@code promotionType} made of the given JSON fields. */
  public static OtherPromotionProperties of(
      PromotionType promotionType, Map<String, @Nullable Object> properties) {
    return new OtherPromotionProperties(promotionType, properties);
  }

  /** Reads the JSON object before the campaign's promotion type is known. */
  @JsonCreator
  static OtherPromotionProperties fromJson(Map<String, @Nullable Object> properties) {
    return new OtherPromotionProperties(PromotionType.of(""), properties);
  }

  @Override
  @JsonIgnore
  public PromotionType promotionType() {
    return promotionType;
  }

  /** Returns the JSON fields of these properties, as Karla sent them. */
  @JsonValue
  public Map<String, @Nullable Object> properties() {
    return properties;
  }

  /** Returns a copy of these properties marked with {@code type}. */
  OtherPromotionProperties withPromotionType(PromotionType type) {
    return new OtherPromotionProperties(type, properties);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OtherPromotionProperties
        && ((OtherPromotionProperties) other).promotionType.equals(promotionType)
        && ((OtherPromotionProperties) other).properties.equals(properties);
  }

  @Override
  public int hashCode() {
    return Objects.hash(promotionType, properties);
  }

  @Override
  public String toString() {
    return "OtherPromotionProperties{promotionType=" + promotionType + ", properties=" + properties + "}";
  }
}
