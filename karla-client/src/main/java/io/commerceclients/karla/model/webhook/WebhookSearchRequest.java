package io.commerceclients.karla.model.webhook;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of a webhook search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableWebhookSearchRequest.class)
@JsonDeserialize(builder = ImmutableWebhookSearchRequest.Builder.class)
public interface WebhookSearchRequest {

  /** Returns a new builder of {@code WebhookSearchRequest}. */
  static ImmutableWebhookSearchRequest.Builder builder() {
    return ImmutableWebhookSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Webhook UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Webhook status. */
  @JsonProperty("status")
  Optional<WebhookStatus> status();

  /** Endpoint URL. */
  @JsonProperty("url")
  Optional<String> url();
}
