package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The launcher runs the examples named on the command line and sums them up. */
class RunExamplesTest {

  @Test
  void runsTheExamplesOfOneApiByName() throws Exception {
    String output = ExampleOutput.of(() -> RunExamples.main(new String[] {"karla"}));

    assertTrue(output.contains("=== KarlaQuickstart ==="), output);
    assertTrue(output.contains("=== KarlaOrderTrackingWebhookExample ==="), output);
    assertFalse(output.contains("=== Kiliba"), output);
    assertTrue(output.contains("2 example(s) ran, 0 failed."), output);
  }
}
