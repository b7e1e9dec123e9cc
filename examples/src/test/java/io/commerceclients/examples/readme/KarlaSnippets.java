package io.commerceclients.examples.readme;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.karla.KarlaAsyncClient;
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
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.order.BulkFulfillmentCancelledException;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import io.commerceclients.karla.webhook.WebhookVerificationException;
import io.commerceclients.karla.webhook.WebhookVerifier;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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

  static void karlaOptionsRawAsync(KarlaClient karla, UpsertOrderRequest update, List<UpsertOrderRequest> items,
      String traceId) {
    // A view with per-call options: cheap, shares the client's connections; close the client, not the view
    KarlaClient traced = karla.withOptions(o -> o.timeout(Duration.ofSeconds(5)).header("X-Trace-Id", traceId));
    traced.orders().upsert(update);

    // The status, headers and request id of a successful call (quote the id in a Karla support ticket)
    RawResponse<Shop> raw = karla.withRawResponse(c -> c.shop().get());
    System.out.println(raw.statusCode() + " " + raw.requestId().orElse("-") + " " + raw.body().slug());

    // Every operation returns a CompletableFuture; no thread waits on the network or on a retry
    KarlaAsyncClient async = karla.async();
    async.shop("other-shop").orders().searchAll(OrderSearchRequest.builder().build())
        .forEach(order -> System.out.println(order.uuid()))
        .thenRun(() -> System.out.println("every order of other-shop seen"));

    CompletableFuture<BulkFulfillmentResult> bulk = async.orders().fulfill(items);  // resends accepted items itself
    bulk.thenAccept(result -> result.rejected().forEach(r -> System.out.println("rejected " + r)));
    // on shutdown: cancel() cancels the request in flight and sends nothing more
    bulk.cancel(true);
    try {
      bulk.join();
    } catch (BulkFulfillmentCancelledException e) {
      System.out.println(e.inDoubt() + " may have been applied; " + e.notSent() + " were not sent");
    }
  }
}
