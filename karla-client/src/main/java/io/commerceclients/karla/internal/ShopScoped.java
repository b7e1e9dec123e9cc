package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;

/** What every shop-scoped service holds: the transport, the Retrofit API and the shop slug. */
abstract class ShopScoped {

  final ApiTransport transport;
  final KarlaApi api;
  final String slug;

  ShopScoped(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.api = api;
    this.slug = slug;
  }
}
