package io.commerceclients.kiliba.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.commerceclients.core.internal.http.RequestEquivalence;
import org.junit.jupiter.api.Test;

/** The requests the transport builds itself for this API's read-only operations are the ones Retrofit would build. */
class KilibaRequestsTest {

  @Test
  void queryOnlyOperationsGetRetrofitsUrls() throws Throwable {
    int qualified = 0;
    qualified += RequestEquivalence.check(KilibaApi.class);
    // the customer listing
    assertEquals(1, qualified);
  }
}
