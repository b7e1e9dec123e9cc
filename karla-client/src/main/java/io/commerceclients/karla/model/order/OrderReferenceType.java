package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Which identifier of an order a reference carries. Unknown values are kept as {@link #of(String)} instances. */
public final class OrderReferenceType extends ExpandableEnum {
  private static final Registry<OrderReferenceType> REGISTRY = new Registry<>(OrderReferenceType::new);

  /** Karla's UUID. */
  public static final OrderReferenceType UUID = REGISTRY.known("uuid");

  /** The shop system's id. */
  public static final OrderReferenceType EXTERNAL_ID = REGISTRY.known("external_id");

  /** The order name. */
  public static final OrderReferenceType ORDER_NAME = REGISTRY.known("order_name");

  /** The order number. */
  public static final OrderReferenceType ORDER_NUMBER = REGISTRY.known("order_number");

  private OrderReferenceType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static OrderReferenceType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<OrderReferenceType> knownValues() {
    return REGISTRY.values();
  }
}
