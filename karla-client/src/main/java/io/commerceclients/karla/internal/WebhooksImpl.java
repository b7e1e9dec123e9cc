package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import io.commerceclients.karla.webhook.WebhooksService;
import java.util.List;

final class WebhooksImpl extends ShopScoped implements WebhooksService {

  WebhooksImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<Webhook> search(WebhookSearchRequest request) {
    return Listing.page(transport, api.searchWebhooks(slug, Listing.query(request)));
  }

  @Override
  public PagedIterable<Webhook> searchAll(WebhookSearchRequest request) {
    return Listing.all(transport, request, query -> api.searchWebhooks(slug, query));
  }

  @Override
  public Webhook create(CreateWebhookRequest request) {
    Validation.webhook(request);
    return transport.execute(api.createWebhook(slug, request));
  }

  @Override
  public void update(String uuid, UpdateWebhookRequest request) {
    Check.notBlank(uuid, "uuid");
    Validation.webhook(request);
    transport.execute(api.updateWebhook(slug, uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(api.deleteWebhook(slug, Check.notBlank(uuid, "uuid")));
  }
}
