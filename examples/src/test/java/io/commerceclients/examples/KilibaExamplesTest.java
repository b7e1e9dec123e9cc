package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kiliba examples run to the end against the fake and print what they did. */
class KilibaExamplesTest {

  @BeforeEach
  void onlyOnTheFake() {
    assumeTrue(System.getenv("KILIBA_API_KEY") == null, "runs only against the fake");
  }

  @Test
  void quickstartListsImportsUploadsAndSendsAnEmail() throws Exception {
    String output = ExampleOutput.of(() -> KilibaQuickstart.main(new String[0]));

    assertTrue(output.contains("Using the embedded fake Kiliba at http://127.0.0.1:"), output);
    assertTrue(output.contains("To use the real API instead: set KILIBA_API_KEY"), output);
    assertTrue(output.contains("   customers on the page: 3 of 2500 in total"), output);
    assertTrue(output.contains("   subscribed customers: 2500"), output);
    assertTrue(output.contains("   products: 1 sent in 1 request(s), 1 processed, 0 failed batch(es)"), output);
    assertTrue(output.matches("(?s).*\n   upload: [0-9.]+ KB of [0-9.]+ KB \\(100%\\)\n.*"), output);
    assertTrue(output.contains("   parsing: completed, stage done"), output);
    assertTrue(output.contains("   rows: 5000 accepted, 0 rejected, of 5000"), output);
    assertTrue(output.contains("   status: sent"), output);
    assertFalse(output.contains("Exception"), output);
  }

  @Test
  void iterationExampleFiltersAndPages() throws Exception {
    String output = ExampleOutput.of(() -> KilibaCustomerIterationExample.main(new String[0]));

    assertTrue(output.contains("   customers: 1060 (1060 with an email)"), output);
    assertTrue(output.contains("   page 1: 1000 customers (total 1060)"), output);
    assertTrue(output.contains("   page 2: 60 customers (total 1060)"), output);
    assertTrue(output.contains("   1441 customer1441@example.com"), output);
  }

  @Test
  void bulkImportReportsEveryProductAndTheRetriedBatch() throws Exception {
    String output = ExampleOutput.of(() -> KilibaBulkImportExample.main(new String[0]));

    assertTrue(output.contains("   products: 10000 of 10000 products (100%)"), output);
    assertTrue(output.contains("   requests: 10 "), output);
    assertTrue(output.contains("   processed by Kiliba: 10000"), output);
    assertTrue(output.contains("   batches sent more than once: 1"), output);
    assertTrue(output.contains("   failed batches: 0"), output);
    assertTrue(output.contains("   products stored by the fake: 10000"), output);
  }

  @Test
  void rateLimitExampleRetriesThenThrowsThenResendsTheFailedBatch() throws Exception {
    String output = ExampleOutput.of(() -> KilibaRateLimitExample.main(new String[0]));

    assertTrue(output.contains("   requests Kiliba saw: 3 "), output);
    assertTrue(output.contains("   thrown: RateLimitException: GET http://127.0.0.1:"), output);
    assertTrue(output.contains("   retryAfter(): 1 s"), output);
    assertTrue(output.contains("   retryAfter(): 120 s"), output);
    assertTrue(output.contains("   accepted: 1500 of 2500 categories in 3 batches"), output);
    assertTrue(output.contains("   batch 1 failed after 3 attempts (1000 categories, ids 0..999): RateLimitException"), output);
    assertTrue(output.contains("   categories stored by the fake: 2500"), output);
  }
}
