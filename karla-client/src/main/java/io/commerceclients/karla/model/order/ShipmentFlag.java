package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Karla's flag on a shipment. Unknown values are kept as {@link #of(String)} instances. */
public final class ShipmentFlag extends ExpandableEnum {
  private static final Registry<ShipmentFlag> REGISTRY = new Registry<>(ShipmentFlag::new);

  /** No problem. */
  public static final ShipmentFlag NORMAL = REGISTRY.known("normal");

  /** Delayed. */
  public static final ShipmentFlag DELAY = REGISTRY.known("delay");

  /** In error. */
  public static final ShipmentFlag ERROR = REGISTRY.known("error");

  private ShipmentFlag(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ShipmentFlag of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ShipmentFlag> knownValues() {
    return REGISTRY.values();
  }
}
