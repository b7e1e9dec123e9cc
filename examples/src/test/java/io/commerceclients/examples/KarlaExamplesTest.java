package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The Karla examples run to the end against the fake (each also fails loudly when a step goes wrong). */
class KarlaExamplesTest {

  @Test
  void quickstartPlacesTracksAndListsAnOrder() throws Exception {
    assumeTrue(System.getenv("KARLA_API_KEY") == null, "runs only against the fake");

    String output = ExampleOutput.of(() -> KarlaQuickstart.main(new String[0]));

    assertTrue(output.contains("Using the embedded fake Karla at http://127.0.0.1:"), output);
    assertTrue(output.contains("-> Placing order QS-"), output);
    assertTrue(output.contains("   state: transit"), output);
    assertTrue(output.contains("   events: 1"), output);
    assertTrue(output.contains("   orders: 1"), output);
  }

  @Test
  void webhookExampleVerifiesTheDeliveryAndRejectsTheForgery() throws Exception {
    String output = ExampleOutput.of(() -> KarlaOrderTrackingWebhookExample.main(new String[0]));

    assertTrue(output.contains("   endpoint answered: [204]"), output);
    assertTrue(output.contains("   new carrier event: OUT_FOR_DELIVERY"), output);
    assertTrue(output.contains("endpoint rejected a delivery: SIGNATURE_MISMATCH"), output);
    assertTrue(output.contains("   endpoint answered: 400"), output);
  }
}
