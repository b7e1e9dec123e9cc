package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import java.util.List;
import retrofit2.Call;

/** The webhook operations of one shop, run by {@link WebhooksImpl} and {@link WebhooksAsyncImpl}. */
final class WebhooksCalls extends ShopScoped {

  WebhooksCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<Webhook>> search(WebhookSearchRequest request) {
    Validation.webhook(request);
    return api.searchWebhooks(slug, Listing.query(request));
  }

  Listing.Pages<Webhook> searchAll(WebhookSearchRequest request) {
    Validation.webhook(request);
    return Listing.pages(request, query -> api.searchWebhooks(slug, query));
  }

  Call<Webhook> create(CreateWebhookRequest request) {
    Check.required(request, "request");
    Validation.webhook(request);
    return api.createWebhook(slug, request);
  }

  Call<Void> update(String uuid, UpdateWebhookRequest request) {
    Check.pathSegment(uuid, "uuid");
    Check.required(request, "request");
    Validation.webhook(request);
    return api.updateWebhook(slug, uuid, request);
  }

  Call<Void> delete(String uuid) {
    return api.deleteWebhook(slug, Check.pathSegment(uuid, "uuid"));
  }
}
