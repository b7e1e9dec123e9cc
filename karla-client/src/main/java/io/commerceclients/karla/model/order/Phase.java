package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The phase a shipment event belongs to. Unknown values are kept as {@link #of(String)} instances. */
public final class Phase extends ExpandableEnum {
  private static final Registry<Phase> REGISTRY = new Registry<>(Phase::new);

  /** Ready for collection. */
  public static final Phase COLLECT = REGISTRY.known("collect");

  /** Delivery failed. */
  public static final Phase DELIVERY_FAILED = REGISTRY.known("delivery_failed");

  /** Delivered. */
  public static final Phase DELIVERED = REGISTRY.known("delivered");

  /** Out for delivery. */
  public static final Phase IN_DELIVERY = REGISTRY.known("in_delivery");

  /** In transit. */
  public static final Phase IN_TRANSIT = REGISTRY.known("in_transit");

  /** Order created. */
  public static final Phase ORDER_CREATED = REGISTRY.known("order_created");

  /** Order processed. */
  public static final Phase ORDER_PROCESSED = REGISTRY.known("order_processed");

  /** Return created. */
  public static final Phase RETURN_CREATED = REGISTRY.known("return_created");

  /** Return failed. */
  public static final Phase RETURN_FAILED = REGISTRY.known("return_failed");

  /** Return received. */
  public static final Phase RETURN_RECEIVED = REGISTRY.known("return_received");

  /** Return in transit. */
  public static final Phase RETURN_TRANSIT = REGISTRY.known("return_transit");

  /** Returned. */
  public static final Phase RETURNED = REGISTRY.known("returned");

  private Phase(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static Phase of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<Phase> knownValues() {
    return REGISTRY.values();
  }
}
