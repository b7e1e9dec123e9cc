package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Why a claim was filed. Unknown values are kept as {@link #of(String)} instances. */
public final class ClaimReason extends ExpandableEnum {
  private static final Registry<ClaimReason> REGISTRY = new Registry<>(ClaimReason::new);

  /** Part of the parcel is damaged. */
  public static final ClaimReason PARTIAL_DAMAGE = REGISTRY.known("partial_damage");

  /** The parcel is damaged. */
  public static final ClaimReason DAMAGE = REGISTRY.known("damage");

  /** The parcel needs an investigation (for example lost). */
  public static final ClaimReason INVESTIGATION = REGISTRY.known("investigation");

  /** A support request. */
  public static final ClaimReason SUPPORT = REGISTRY.known("support");

  /** A return. */
  public static final ClaimReason RETURN = REGISTRY.known("return");

  private ClaimReason(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ClaimReason of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ClaimReason> knownValues() {
    return REGISTRY.values();
  }
}
