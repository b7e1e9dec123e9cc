package io.commerceclients.karla.model.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The release channel of an organization or member. Unknown values are kept as {@link #of(String)} instances. */
public final class FeatureCommunity extends ExpandableEnum {
  private static final Registry<FeatureCommunity> REGISTRY = new Registry<>(FeatureCommunity::new);

  /** Alpha features. */
  public static final FeatureCommunity ALPHA = REGISTRY.known("alpha");

  /** Beta features. */
  public static final FeatureCommunity BETA = REGISTRY.known("beta");

  /** Released features only. */
  public static final FeatureCommunity LIVE = REGISTRY.known("live");

  private FeatureCommunity(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static FeatureCommunity of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<FeatureCommunity> knownValues() {
    return REGISTRY.values();
  }
}
