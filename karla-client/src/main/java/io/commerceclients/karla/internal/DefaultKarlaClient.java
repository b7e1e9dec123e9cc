package io.commerceclients.karla.internal;

import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Lazy;
import io.commerceclients.core.internal.http.RawCapture;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.discount.DealsService;
import io.commerceclients.karla.org.OrganizationsService;
import io.commerceclients.karla.shop.ShopsService;
import java.util.function.Function;

/**
 * The client, or a view of it with per-call options (a view's transport shares the original's
 * connections and threads, and the Retrofit proxy is the same): global services here, shop-scoped
 * ones on {@link DefaultKarlaShop}.
 */
final class DefaultKarlaClient implements KarlaClient {

  private final ApiTransport transport;
  private final KarlaApi api;
  private final String defaultShop;
  private final Lazy<KarlaAsyncClient> async;

  DefaultKarlaClient(ApiTransport transport, KarlaApi api, String defaultShop) {
    this.transport = transport;
    this.api = api;
    this.defaultShop = defaultShop;
    this.async = Lazy.of(() -> new DefaultKarlaAsyncClient(transport, api, defaultShop));
  }

  @Override
  public String defaultShop() {
    return defaultShop;
  }

  @Override
  public KarlaShop shop(String slug) {
    return new DefaultKarlaShop(transport, api, Check.pathSegment(slug, "slug"));
  }

  @Override
  public ShopsService shops() {
    return new ShopsImpl(transport, api);
  }

  @Override
  public OrganizationsService organizations() {
    return new OrganizationsImpl(transport, api);
  }

  @Override
  public DealsService deals() {
    return new DealsImpl(transport, api);
  }

  @Override
  public KarlaClient withOptions(RequestOptions options) {
    return new DefaultKarlaClient(transport.withOptions(options), api, defaultShop);
  }

  @Override
  public <T> RawResponse<T> withRawResponse(Function<KarlaClient, T> call) {
    Check.required(call, "call");
    return RawCapture.capture(() -> call.apply(this));
  }

  @Override
  public KarlaAsyncClient async() {
    return async.get();
  }

  /** Closes the connections; does nothing on a view (its transport's close does nothing). */
  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "KarlaClient{baseUrl=" + Redactor.defaults().url(transport.options().baseUrl()) + ", defaultShop="
        + defaultShop + (transport.requestOptions().isEmpty() ? "" : ", " + transport.requestOptions()) + "}";
  }
}
