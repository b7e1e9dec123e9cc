package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A Shopify webhook Karla registered for a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableShopifyWebhook.class)
@JsonDeserialize(builder = ImmutableShopifyWebhook.Builder.class)
public interface ShopifyWebhook {

  /** Returns a new builder of {@code ShopifyWebhook}. */
  static ImmutableShopifyWebhook.Builder builder() {
    return ImmutableShopifyWebhook.builder();
  }

  /** The webhook UUID. */
  @JsonProperty("uuid")
  String uuid();

  /** The webhook type. */
  @JsonProperty("webhook_type")
  Optional<ShopifyWebhookType> webhookType();

  /** When the webhook was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When the webhook was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();

  /** The shop slug. */
  @JsonProperty("shop_slug")
  Optional<String> shopSlug();

  /** Name of the webhook. */
  @JsonProperty("name")
  Optional<String> name();

  /** Shopify's id of the webhook. */
  @JsonProperty("shopify_id")
  Optional<Long> shopifyId();

  /** Shopify topic, such as orders/create. */
  @JsonProperty("topic")
  Optional<String> topic();

  /** URL Shopify calls. */
  @JsonProperty("hook_url")
  Optional<String> hookUrl();

  /** Inclusive fields filter. */
  @JsonProperty("fields")
  List<String> fields();
}
