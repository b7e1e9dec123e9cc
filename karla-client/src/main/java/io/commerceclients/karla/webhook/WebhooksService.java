package io.commerceclients.karla.webhook;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import java.util.List;

/** The webhook endpoints of one shop. Verify deliveries with {@link WebhookVerifier}. */
public interface WebhooksService {

  /**
   * Returns one page of the webhooks matching the request's filters (without secrets).
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range, or the
   *     {@code url} filter is not an absolute http(s) URL of 1..65536 characters
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Webhook> search(WebhookSearchRequest request);

  /** Returns every webhook matching the filters, fetched lazily page by page. */
  PagedIterable<Webhook> searchAll(WebhookSearchRequest request);

  /**
   * Creates a webhook and returns it with its signing secret, which Karla returns only now: keep it.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the URL is not an absolute
   *     http(s) URL or the secret is not 16..64 characters
   */
  Webhook create(CreateWebhookRequest request);

  /**
   * Updates a webhook.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  void update(String uuid, UpdateWebhookRequest request);

  /**
   * Deletes a webhook.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  void delete(String uuid);
}
