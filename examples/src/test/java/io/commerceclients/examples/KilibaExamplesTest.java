package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The Kiliba examples run to the end against the fake. */
class KilibaExamplesTest {

  private static String run(ThrowingMain main) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      main.run();
    } finally {
      System.setOut(original);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  interface ThrowingMain {
    void run() throws Exception;
  }

  @Test
  void quickstartRunsEveryStepOnTheFake() throws Exception {
    assumeTrue(System.getenv("KILIBA_API_KEY") == null, "runs only against the fake");

    String output = run(() -> KilibaQuickstart.main(new String[0]));

    assertTrue(output.contains("2. Iterated every subscribed customer, page by page: 2500"), output);
    assertTrue(output.contains("4. Imported products: 1 sent in 1 request(s), 0 failed"), output);
    assertTrue(output.contains("2 of 2 rows accepted, 0 rejected"), output);
  }

  @Test
  void iterationAndBulkImportExamplesRunOnTheFake() throws Exception {
    assumeTrue(System.getenv("KILIBA_API_KEY") == null, "runs only against the fake");

    String iteration = run(() -> KilibaCustomerIterationExample.main(new String[0]));
    String bulk = run(() -> KilibaBulkImportExample.main(new String[0]));

    assertTrue(iteration.contains("Read 3 page(s)"), iteration);
    assertTrue(bulk.contains("Sent 12000 products in 12 requests; 12000 processed; 0 in failed batches"), bulk);
  }
}
