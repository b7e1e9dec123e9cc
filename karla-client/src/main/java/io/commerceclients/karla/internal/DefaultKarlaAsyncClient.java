package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaShopAsync;
import io.commerceclients.karla.discount.DealsServiceAsync;
import io.commerceclients.karla.org.OrganizationsServiceAsync;
import io.commerceclients.karla.shop.ShopsServiceAsync;

/** The asynchronous client on the transport of a client or view: global services here, shop-scoped ones on {@link DefaultKarlaShopAsync}. */
final class DefaultKarlaAsyncClient implements KarlaAsyncClient {

  private final ApiTransport transport;
  private final KarlaApi api;
  private final String defaultShop;

  DefaultKarlaAsyncClient(ApiTransport transport, KarlaApi api, String defaultShop) {
    this.transport = transport;
    this.api = api;
    this.defaultShop = defaultShop;
  }

  @Override
  public String defaultShop() {
    return defaultShop;
  }

  @Override
  public KarlaShopAsync shop(String slug) {
    return new DefaultKarlaShopAsync(transport, api, Check.pathSegment(slug, "slug"));
  }

  @Override
  public ShopsServiceAsync shops() {
    return new ShopsAsyncImpl(transport, api);
  }

  @Override
  public OrganizationsServiceAsync organizations() {
    return new OrganizationsAsyncImpl(transport, api);
  }

  @Override
  public DealsServiceAsync deals() {
    return new DealsAsyncImpl(transport, api);
  }

  @Override
  public String toString() {
    return "KarlaAsyncClient{defaultShop=" + defaultShop + "}";
  }
}
