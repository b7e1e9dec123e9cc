package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import io.commerceclients.karla.webhook.WebhooksService;
import java.util.List;

/** Runs the {@link WebhooksCalls} blocking. */
final class WebhooksImpl implements WebhooksService {

  private final ApiTransport transport;
  private final WebhooksCalls calls;

  WebhooksImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new WebhooksCalls(api, slug);
  }

  @Override
  public List<Webhook> search(WebhookSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Webhook> searchAll(WebhookSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public Webhook create(CreateWebhookRequest request) {
    return transport.execute(calls.create(request));
  }

  @Override
  public void update(String uuid, UpdateWebhookRequest request) {
    transport.execute(calls.update(uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(calls.delete(uuid));
  }
}
