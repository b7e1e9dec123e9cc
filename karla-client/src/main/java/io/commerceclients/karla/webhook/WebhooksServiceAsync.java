package io.commerceclients.karla.webhook;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link WebhooksService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface WebhooksServiceAsync {

  /** Returns one page of the webhooks matching the request's filters; as {@link WebhooksService#search}. */
  CompletableFuture<List<Webhook>> search(WebhookSearchRequest request);

  /** Returns every webhook matching the filters, fetched page by page without blocking. */
  AsyncPagedIterable<Webhook> searchAll(WebhookSearchRequest request);

  /** Creates a webhook and returns it with its signing secret (keep it); as {@link WebhooksService#create}. */
  CompletableFuture<Webhook> create(CreateWebhookRequest request);

  /** Updates a webhook; as {@link WebhooksService#update}. */
  CompletableFuture<Void> update(String uuid, UpdateWebhookRequest request);

  /** Deletes a webhook; as {@link WebhooksService#delete}. */
  CompletableFuture<Void> delete(String uuid);
}
