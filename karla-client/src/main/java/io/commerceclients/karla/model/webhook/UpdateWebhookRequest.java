package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Updates a webhook endpoint; absent fields are left unchanged. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateWebhookRequest.class)
@JsonDeserialize(builder = ImmutableUpdateWebhookRequest.Builder.class)
public interface UpdateWebhookRequest {

  /** Returns a new builder of {@code UpdateWebhookRequest}. */
  static ImmutableUpdateWebhookRequest.Builder builder() {
    return ImmutableUpdateWebhookRequest.builder();
  }

  /** The endpoint URL (an absolute URI). */
  @JsonProperty("url")
  Optional<String> url();

  /** Events to send. */
  @JsonProperty("enabled_events")
  Optional<List<String>> enabledEvents();

  /** Description of the endpoint. */
  @JsonProperty("description")
  Optional<String> description();

  /** Whether the endpoint receives events. */
  @JsonProperty("status")
  Optional<WebhookStatus> status();
}
