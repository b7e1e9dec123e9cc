package io.commerceclients.karla.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.commerceclients.core.internal.http.RequestEquivalence;
import org.junit.jupiter.api.Test;

/** The requests the transport builds itself for this API's read-only operations are the ones Retrofit would build. */
class KarlaRequestsTest {

  @Test
  void queryOnlyOperationsGetRetrofitsUrls() throws Throwable {
    int qualified = 0;
    qualified += RequestEquivalence.check(KarlaApi.class);
    // none: every Karla operation has a path parameter (the shop's slug), a query map or a body, so Retrofit builds them all
    assertEquals(0, qualified);
  }
}
