package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.karla.KarlaClient;

/** Finishes the transport with Karla's error parser and creates the client. Not public API. */
public final class KarlaTransports {

  private KarlaTransports() {}

  /** Builds the transport and returns a client whose default shop is {@code defaultShop}. */
  public static KarlaClient client(ApiTransport.Builder transport, String defaultShop) {
    ApiTransport built = transport.errorParser(new KarlaErrorParser()).build();
    return new DefaultKarlaClient(built, built.create(KarlaApi.class), defaultShop);
  }
}
