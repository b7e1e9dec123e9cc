package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Karla's state of a shipment. Unknown values are kept as {@link #of(String)} instances. */
public final class ShipmentState extends ExpandableEnum {
  private static final Registry<ShipmentState> REGISTRY = new Registry<>(ShipmentState::new);

  /** Not yet moving. */
  public static final ShipmentState PENDING = REGISTRY.known("pending");

  /** In transit. */
  public static final ShipmentState TRANSIT = REGISTRY.known("transit");

  /** Ready for collection. */
  public static final ShipmentState COLLECT = REGISTRY.known("collect");

  /** Delivered. */
  public static final ShipmentState DELIVERED = REGISTRY.known("delivered");

  /** Archived. */
  public static final ShipmentState ARCHIVED = REGISTRY.known("archived");

  /** Returned. */
  public static final ShipmentState RETURNED = REGISTRY.known("returned");

  private ShipmentState(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ShipmentState of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ShipmentState> knownValues() {
    return REGISTRY.values();
  }
}
