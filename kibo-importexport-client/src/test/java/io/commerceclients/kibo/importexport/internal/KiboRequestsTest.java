package io.commerceclients.kibo.importexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.commerceclients.core.internal.http.RequestEquivalence;
import org.junit.jupiter.api.Test;

/** The requests the transport builds itself for this API's read-only operations are the ones Retrofit would build. */
class KiboRequestsTest {

  @Test
  void queryOnlyOperationsGetRetrofitsUrls() throws Throwable {
    int qualified = 0;
    qualified += RequestEquivalence.check(KiboImportExportApi.class);
    qualified += RequestEquivalence.check(KiboBatchJobApi.class);
    qualified += RequestEquivalence.check(KiboAuthApi.class);
    qualified += RequestEquivalence.check(PublicLinkApi.class);
    // the listings of import jobs, export jobs, batch jobs and batch-job summaries
    assertEquals(4, qualified);
  }
}
