package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.immutables.value.Value;

/** Registers a Shopify webhook. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateShopifyWebhookRequest.class)
@JsonDeserialize(builder = ImmutableCreateShopifyWebhookRequest.Builder.class)
public interface CreateShopifyWebhookRequest {

  /** Returns a new builder of {@code CreateShopifyWebhookRequest}. */
  static ImmutableCreateShopifyWebhookRequest.Builder builder() {
    return ImmutableCreateShopifyWebhookRequest.builder();
  }

  /** The webhook type. */
  @JsonProperty("webhook_type")
  ShopifyWebhookType webhookType();
}
