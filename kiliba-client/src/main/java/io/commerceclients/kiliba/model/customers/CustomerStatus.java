package io.commerceclients.kiliba.model.customers;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The marketing status of a customer, used to filter the customer list. */
public final class CustomerStatus extends ExpandableEnum {
  private static final Registry<CustomerStatus> REGISTRY = new Registry<>(CustomerStatus::new);

  /** The customer can receive marketing messages. */
  public static final CustomerStatus SUBSCRIBED = REGISTRY.known("subscribed");
  /** The customer is blacklisted. */
  public static final CustomerStatus BLACKLISTED = REGISTRY.known("blacklisted");
  /** The customer's contact details are invalid. */
  public static final CustomerStatus INVALID_CONTACT = REGISTRY.known("invalidContact");
  /** The customer is blocked. */
  public static final CustomerStatus BLOCKED = REGISTRY.known("blocked");
  /** The customer is ignored by Kiliba ({@code ignoredCa}). */
  public static final CustomerStatus IGNORED_CA = REGISTRY.known("ignoredCa");
  /** The customer is in the warm-up phase. */
  public static final CustomerStatus WARMUP = REGISTRY.known("warmup");

  private CustomerStatus(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static CustomerStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<CustomerStatus> knownValues() {
    return REGISTRY.values();
  }
}
