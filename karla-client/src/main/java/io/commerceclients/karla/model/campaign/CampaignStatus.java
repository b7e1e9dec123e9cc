package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Status of a campaign. Unknown values are kept as {@link #of(String)} instances. */
public final class CampaignStatus extends ExpandableEnum {
  private static final Registry<CampaignStatus> REGISTRY = new Registry<>(CampaignStatus::new);

  /** Running. */
  public static final CampaignStatus ACTIVE = REGISTRY.known("active");

  /** Not running. */
  public static final CampaignStatus INACTIVE = REGISTRY.known("inactive");

  /** Starts later. */
  public static final CampaignStatus SCHEDULED = REGISTRY.known("scheduled");

  /** Paused. */
  public static final CampaignStatus PAUSED = REGISTRY.known("paused");

  private CampaignStatus(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static CampaignStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<CampaignStatus> knownValues() {
    return REGISTRY.values();
  }
}
