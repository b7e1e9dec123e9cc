package io.commerceclients.examples.readme;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.Product;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.ClaimStatus;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.webhook.WebhookVerificationException;
import io.commerceclients.karla.webhook.WebhookVerifier;
import java.time.OffsetDateTime;

/** The README's Karla samples, kept compiling; {@link ReadmeSamplesTest} checks the README against them. */
@SuppressWarnings("unused")
final class KarlaSnippets {

  private KarlaSnippets() {}

  static void karlaQuickstart() {
    try (KarlaClient karla = KarlaClient.builder().fromEnv().build()) {  // KARLA_USERNAME, KARLA_API_KEY, KARLA_SHOP

      karla.orders().place(PlaceOrderRequest.builder()
          .orderNumber("1001")
          .externalId("5512345678")
          .address(Address.builder().name("Jane Doe").city("Berlin").zipCode("10178").build())
          .addProduct(Product.builder().title("T-Shirt").sku("TS-M").quantity(2L).build())
          .build());

      karla.orders().upsert(UpsertOrderRequest.builder()
          .id("1001")                                       // id_type defaults to order_number
          .addTracking(OrderTracking.builder().trackingNumber("00340434161094042557")
              .carrierReference(Carrier.DHL).build())
          .build());

      for (Order order : karla.orders().searchAll(OrderSearchRequest.builder()
          .shipmentUpdatedSince(OffsetDateTime.now().minusDays(1)).build())) {
        order.trackings().forEach(s -> System.out.println(order.orderNumber() + " " + s.state()));
      }

      // Another shop with the same credentials:
      karla.shop("other-shop").claims().search(ClaimSearchRequest.builder().status(ClaimStatus.PENDING).build());
    }
  }

  static void karlaErrors(KarlaClient karla, PlaceOrderRequest request) {
    try {
      karla.orders().place(request);
    } catch (ConflictException e) {            // 409
      e.errorCode();                           // Optional[order_exists]  (Karla's key)
    } catch (InvalidRequestException e) {      // 400 / 422
      e.fieldErrors();                         // each: the field's path and Karla's message
    } catch (NotFoundException e) {            // 404, errorCode order_not_found, shipment_not_found, ...
    } catch (AuthenticationException e) {      // 401, and the 400 Karla answers for bad credentials
    }
  }

  static void karlaWebhooks(KarlaClient karla, byte[] rawBody, String signatureHeader) {
    Webhook hook = karla.webhooks().create(CreateWebhookRequest.builder()
        .url("https://example.com/karla/webhooks").build());
    String secret = hook.secret().orElseThrow();            // returned only now: store it

    WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).build();  // tolerance 300 s
    // in your endpoint, with the body bytes exactly as received and the Karla-Signature header:
    try {
      WebhookEvent event = verifier.verify(rawBody, signatureHeader);
      event.shipmentUpdate().ifPresent(update -> update.newEvents().forEach(e -> System.out.println(e.eventKey().orElse("?"))));
    } catch (WebhookVerificationException e) {              // e.reason(): SIGNATURE_MISMATCH, TIMESTAMP_OUT_OF_TOLERANCE, ...
      // answer 400
    }
  }
}
