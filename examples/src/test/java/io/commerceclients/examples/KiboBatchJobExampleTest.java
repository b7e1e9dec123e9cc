package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The batch-job example runs to the end against the fake and reports the job's failed items. */
class KiboBatchJobExampleTest {

  @BeforeEach
  void onlyOnTheFake() {
    assumeTrue(System.getenv("KIBO_TENANT") == null, "runs only against the fake");
  }

  @Test
  void runsAJobAndReportsEachFailedItemWithItsErrors() throws Exception {
    String output = ExampleOutput.of(() -> KiboBatchJobExample.main(new String[0])).replace("\r\n", "\n");

    assertTrue(output.contains("Using the embedded fake Kibo Import/Export at http://127.0.0.1:"), output);
    assertTrue(output.contains("-> Creating batch job SDK-BATCH-DEMO\n   status: Ready\n"
        + "   available actions: [Start, Cancel]\n"), output);
    assertTrue(output.contains("   batch job: Running, 0 of 5 items processed\n"
        + "   batch job: Completed, 5 of 5 items processed\n"), output);
    assertTrue(output.contains("   status: Completed\n   Products: Failed 1, Completed 2\n"
        + "   Pricelistentries: ValidationFailed 1, Completed 1\n   failed items: 2\n"), output);
    assertTrue(output.contains("   failed Products SDK-BATCH-003 (Failed): PRICE_INVALID: The sale price exceeds the list price\n"),
        output);
    assertTrue(output.contains("   failed Pricelistentries SDK-BATCH-002@EU (ValidationFailed): VALIDATION_ERROR:"
        + " Currency XYZ is not enabled (currencyCode)\n"
        + "     caused by MISSING_OR_INVALID_PARAMETER: currencyCode is invalid (currencyCode)\n"), output);
    assertTrue(output.contains("-> Resetting the job so that it can be used again\n   status: Ready\n   items: 0\n"
        + "   available actions: [Start, Cancel]\n   batch jobs on the tenant (first 5): [SDK-BATCH-DEMO]\n"), output);
    assertTrue(output.contains("-> Deleting the job\n   deleted: SDK-BATCH-DEMO\n"), output);
  }
}
