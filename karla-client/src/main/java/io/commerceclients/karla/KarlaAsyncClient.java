package io.commerceclients.karla;

import io.commerceclients.karla.campaign.CampaignsServiceAsync;
import io.commerceclients.karla.claim.ClaimsServiceAsync;
import io.commerceclients.karla.discount.DealsServiceAsync;
import io.commerceclients.karla.order.OrdersServiceAsync;
import io.commerceclients.karla.order.ShipmentsServiceAsync;
import io.commerceclients.karla.org.OrganizationsServiceAsync;
import io.commerceclients.karla.shop.ShopsServiceAsync;
import io.commerceclients.karla.webhook.WebhooksServiceAsync;

/**
 * The asynchronous twin of {@link KarlaClient}, from {@link KarlaClient#async()}: every operation
 * returns at once a {@link java.util.concurrent.CompletableFuture} built on OkHttp's asynchronous
 * calls, so no thread waits on the network or on a retry's backoff.
 *
 * <pre>{@code
 * karla.async().orders().search(request).thenAccept(orders -> ...);
 * karla.async().shop("other-shop").claims().create(claim);
 * }</pre>
 *
 * <ul>
 *   <li>A future fails with the exception the blocking method throws: a {@code ValidationException}
 *       before anything is sent, a typed {@code ApiException} for an error answer. No method throws.
 *   <li>Futures complete on the SDK's completion threads ({@code commerce-clients-async}), never on
 *       OkHttp's threads, so a continuation that blocks holds up no other future.
 *   <li>Cancelling a returned future cancels its request in flight or its retry waiting. Cancelling
 *       a stage derived from it ({@code thenApply}...) does not reach the SDK; {@code orTimeout}
 *       leaves the request running (set a timeout with {@link KarlaClient#withOptions} instead). A
 *       cancelled request may already have been applied by Karla.
 * </ul>
 *
 * <p>It shares the connections, threads and options of the client (or view) it came from: close
 * that client, not this twin.
 */
public interface KarlaAsyncClient {

  /** Returns the default shop's slug. */
  String defaultShop();

  /**
   * Returns the asynchronous services of the shop with this slug.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the slug is blank, {@code .} or {@code ..}
   */
  KarlaShopAsync shop(String slug);

  /** Returns the asynchronous services of the default shop. */
  default KarlaShopAsync shop() {
    return shop(defaultShop());
  }

  /** Searches and creates shops. */
  ShopsServiceAsync shops();

  /** Returns the organizations service. */
  OrganizationsServiceAsync organizations();

  /** Returns the deals service. */
  DealsServiceAsync deals();

  /** Shortcut for {@code shop().orders()}. */
  default OrdersServiceAsync orders() {
    return shop().orders();
  }

  /** Shortcut for {@code shop().shipments()}. */
  default ShipmentsServiceAsync shipments() {
    return shop().shipments();
  }

  /** Shortcut for {@code shop().claims()}. */
  default ClaimsServiceAsync claims() {
    return shop().claims();
  }

  /** Shortcut for {@code shop().campaigns()}. */
  default CampaignsServiceAsync campaigns() {
    return shop().campaigns();
  }

  /** Shortcut for {@code shop().webhooks()}. */
  default WebhooksServiceAsync webhooks() {
    return shop().webhooks();
  }
}
