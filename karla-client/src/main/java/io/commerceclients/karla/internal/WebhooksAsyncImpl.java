package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import io.commerceclients.karla.webhook.WebhooksServiceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link WebhooksCalls} asynchronously. */
final class WebhooksAsyncImpl implements WebhooksServiceAsync {

  private final ApiTransport transport;
  private final WebhooksCalls calls;

  WebhooksAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new WebhooksCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<Webhook>> search(WebhookSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Webhook> searchAll(WebhookSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Webhook> create(CreateWebhookRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<Void> update(String uuid, UpdateWebhookRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.update(uuid, request)));
  }

  @Override
  public CompletableFuture<Void> delete(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.delete(uuid)));
  }
}
