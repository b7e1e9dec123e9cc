package io.commerceclients.karla.model.claim;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Progress of a claim. Unknown values are kept as {@link #of(String)} instances. */
public final class ClaimStatus extends ExpandableEnum {
  private static final Registry<ClaimStatus> REGISTRY = new Registry<>(ClaimStatus::new);

  /** Waiting for a decision. */
  public static final ClaimStatus PENDING = REGISTRY.known("pending");

  /** Accepted. */
  public static final ClaimStatus ACCEPTED = REGISTRY.known("accepted");

  /** Rejected. */
  public static final ClaimStatus REJECTED = REGISTRY.known("rejected");

  /** Closed. */
  public static final ClaimStatus CLOSED = REGISTRY.known("closed");

  private ClaimStatus(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ClaimStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ClaimStatus> knownValues() {
    return REGISTRY.values();
  }
}
