package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Where a parcel waits for pickup. Unknown values are kept as {@link #of(String)} instances. */
public final class PickupType extends ExpandableEnum {
  private static final Registry<PickupType> REGISTRY = new Registry<>(PickupType::new);

  /** A parcel shop. */
  public static final PickupType SHOP = REGISTRY.known("shop");

  /** A neighbour. */
  public static final PickupType NEIGHBOR = REGISTRY.known("neighbor");

  /** A parcel locker. */
  public static final PickupType LOCKER = REGISTRY.known("locker");

  /** A letter box. */
  public static final PickupType LETTERBOX = REGISTRY.known("letterbox");

  private PickupType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static PickupType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<PickupType> knownValues() {
    return REGISTRY.values();
  }
}
