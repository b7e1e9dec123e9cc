package io.commerceclients.karla.internal;

/** What the operations of one shop hold: the Retrofit API and the shop's slug. */
abstract class ShopScoped {

  final KarlaApi api;
  final String slug;

  ShopScoped(KarlaApi api, String slug) {
    this.api = api;
    this.slug = slug;
  }
}
