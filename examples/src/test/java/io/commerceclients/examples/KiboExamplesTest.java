package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Kibo examples run to the end against the fake and print what they did. */
class KiboExamplesTest {

  @BeforeEach
  void onlyOnTheFake() {
    assumeTrue(System.getenv("KIBO_TENANT") == null, "runs only against the fake");
  }

  @Test
  void quickstartImportsGeneratedCsvFilesAndExportsThemBack() throws Exception {
    String output = ExampleOutput.of(() -> KiboImportExportQuickstart.main(new String[0]));

    assertTrue(output.contains("Using the embedded fake Kibo Import/Export at http://127.0.0.1:"), output);
    assertTrue(output.contains("   upload: "), output);
    assertTrue(output.contains("   import job: complete, done"), output);
    assertTrue(output.contains("   Products: complete"), output);
    assertTrue(output.contains("   log: 2002 row(s)"), output);
    assertTrue(output.contains("   export job: complete, done"), output);
    assertTrue(output.contains("   download: "), output);
    assertTrue(output.contains("   locationtypes.csv: 2 rows, 2 columns"), output);
    assertTrue(output.contains("   products.csv: 2000 rows, 12 columns"), output);
    assertTrue(output.contains("first row: {ProductCode=SDK-QS-00001, ProductName=Kid's cap #1, UPC=000000000001}"), output);
  }

  @Test
  void failedJobExampleShowsTheStatusTheDetailsAndTheLog() throws Exception {
    String output = ExampleOutput.of(() -> KiboFailedJobExample.main(new String[0]));

    assertTrue(output.contains("   import job: errored, done"), output);
    assertTrue(output.contains("   thrown: KiboJobFailedException"), output);
    assertTrue(output.contains("   status: errored"), output);
    assertTrue(output.contains("   resource LocationTypes: locationtypes.csv lacks the required column 'LocationTypeName'"), output);
    assertTrue(output.contains("   log: {Resource=LocationTypes, Row=1, Status=error, "), output);
  }
}
