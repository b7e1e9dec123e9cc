package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A webhook endpoint of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableWebhook.class)
@JsonDeserialize(builder = ImmutableWebhook.Builder.class)
public interface Webhook {

  /** Returns a new builder of {@code Webhook}. */
  static ImmutableWebhook.Builder builder() {
    return ImmutableWebhook.builder();
  }

  /** The webhook UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** Events sent to this endpoint; [\"*\"] means all. */
  @JsonProperty("enabled_events")
  List<String> enabledEvents();

  /** The signing secret; Karla returns it only when the webhook is created. */
  @Value.Redacted
  @JsonProperty("secret")
  Optional<String> secret();

  /** Description of the endpoint. */
  @JsonProperty("description")
  Optional<String> description();

  /** Whether the endpoint receives events. */
  @JsonProperty("status")
  Optional<WebhookStatus> status();

  /** The endpoint URL. */
  @JsonProperty("url")
  Optional<String> url();

  /** When the webhook was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When the webhook was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();

  /** The shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();
}
