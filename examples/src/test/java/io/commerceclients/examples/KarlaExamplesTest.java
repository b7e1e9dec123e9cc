package io.commerceclients.examples;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

/** The Karla examples run to the end against the fake (each fails loudly when a step goes wrong). */
class KarlaExamplesTest {

  @Test
  void quickstartRunsOnTheFake() {
    assumeTrue(System.getenv("KARLA_API_KEY") == null, "runs only against the fake");
    assertDoesNotThrow(() -> KarlaQuickstart.main(new String[0]));
  }

  @Test
  void webhookExampleVerifiesTheDeliveryAndRejectsTheForgery() {
    assertDoesNotThrow(() -> KarlaOrderTrackingWebhookExample.main(new String[0]));
  }
}
