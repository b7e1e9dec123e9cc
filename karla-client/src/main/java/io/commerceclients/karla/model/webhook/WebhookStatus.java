package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** Whether a webhook endpoint receives events. Unknown values are kept as {@link #of(String)} instances. */
public final class WebhookStatus extends ExpandableEnum {
  private static final Registry<WebhookStatus> REGISTRY = new Registry<>(WebhookStatus::new);

  /** Receives events. */
  public static final WebhookStatus ACTIVE = REGISTRY.known("active");

  /** Receives no events. */
  public static final WebhookStatus INACTIVE = REGISTRY.known("inactive");

  private WebhookStatus(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static WebhookStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<WebhookStatus> knownValues() {
    return REGISTRY.values();
  }
}
