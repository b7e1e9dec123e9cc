package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Creates a webhook endpoint. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateWebhookRequest.class)
@JsonDeserialize(builder = ImmutableCreateWebhookRequest.Builder.class)
public interface CreateWebhookRequest {

  /** Returns a new builder of {@code CreateWebhookRequest}. */
  static ImmutableCreateWebhookRequest.Builder builder() {
    return ImmutableCreateWebhookRequest.builder();
  }

  /** The endpoint URL (an absolute URI). */
  @JsonProperty("url")
  String url();

  /** Events to send; absent means all ([\"*\"]). */
  @JsonProperty("enabled_events")
  Optional<List<String>> enabledEvents();

  /** Signing secret of 16..64 characters; absent lets Karla generate one. */
  @Value.Redacted
  @JsonProperty("secret")
  Optional<String> secret();

  /** Description of the endpoint. */
  @JsonProperty("description")
  Optional<String> description();

  /** Initial status (Karla assumes active). */
  @JsonProperty("status")
  Optional<WebhookStatus> status();
}
