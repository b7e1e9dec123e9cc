package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** How the customer wants a claim resolved. Unknown values are kept as {@link #of(String)} instances. */
public final class ClaimResolutionPreference extends ExpandableEnum {
  private static final Registry<ClaimResolutionPreference> REGISTRY = new Registry<>(ClaimResolutionPreference::new);

  /** Send the items again. */
  public static final ClaimResolutionPreference REORDER = REGISTRY.known("reorder");

  /** Refund the customer. */
  public static final ClaimResolutionPreference REFUND = REGISTRY.known("refund");

  private ClaimResolutionPreference(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ClaimResolutionPreference of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ClaimResolutionPreference> knownValues() {
    return REGISTRY.values();
  }
}
