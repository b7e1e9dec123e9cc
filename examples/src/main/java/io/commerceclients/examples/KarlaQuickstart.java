package io.commerceclients.examples;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.examples.support.Console;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.Product;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.testing.karla.FakeKarla;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Places an order in Karla, attaches a DHL tracking, adds a carrier event and lists the shop's
 * orders. Runs against an embedded {@link FakeKarla} unless {@code KARLA_USERNAME} and {@code
 * KARLA_API_KEY} are set (then also {@code KARLA_BASE_URL} and {@code KARLA_SHOP}, optional).
 */
public final class KarlaQuickstart {

  private KarlaQuickstart() {}

  /** Runs the quickstart. */
  public static void main(String[] args) {
    String username = System.getenv("KARLA_USERNAME");
    String apiKey = System.getenv("KARLA_API_KEY");
    boolean real = username != null && apiKey != null;
    FakeKarla fake = real ? null : FakeKarla.started();
    KarlaClient.Builder builder = KarlaClient.builder();
    if (real) {
      builder.fromEnv();
    } else {
      builder.baseUrl(fake.baseUrl()).username(fake.username()).apiKey(fake.apiKey());
    }
    try (KarlaClient karla = builder.build()) {
      Console.target("Karla", real, real ? System.getenv().getOrDefault("KARLA_BASE_URL", KarlaClient.DEFAULT_BASE_URL) : fake.baseUrl(),
          "set KARLA_USERNAME and KARLA_API_KEY (optionally KARLA_BASE_URL, KARLA_SHOP)");
      run(karla);
    } catch (ApiException e) {
      Console.step("Karla refused a call: " + e.getMessage());
      throw e;
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  private static void run(KarlaClient karla) {
    Console.step("Reading shop " + karla.defaultShop());
    Shop shop = karla.shop().get();
    Console.detail("name", shop.name().orElse("(none)"));
    Console.detail("language", shop.language().map(Object::toString).orElse("(default)"));

    String orderNumber = "QS-" + System.currentTimeMillis() / 1000;
    Console.step("Placing order " + orderNumber);
    karla.orders().place(PlaceOrderRequest.builder()
        .orderNumber(orderNumber)
        .externalId("ext-" + orderNumber)
        .emailId("jane.doe@example.com")
        .address(Address.builder().name("Jane Doe").addressLine1("Karl-Marx-Allee 1")
            .city("Berlin").zipCode("10178").countryCode("DE").build())
        .addProduct(Product.builder().title("Karla T-Shirt").sku("TS-M").quantity(2L)
            .price(new BigDecimal("19.99")).build())
        .totalOrderPrice(new BigDecimal("44.97"))
        .shippingPrice(new BigDecimal("4.99"))
        .currency("EUR")
        .build());

    String trackingNumber = "00340434161094" + orderNumber.substring(3);
    Console.step("Attaching DHL tracking " + trackingNumber);
    karla.orders().upsert(UpsertOrderRequest.builder()
        .id(orderNumber)
        .addTracking(OrderTracking.builder().trackingNumber(trackingNumber).carrierReference(Carrier.DHL)
            .trackingUrl("https://www.dhl.de/en/privatkunden/dhl-sendungsverfolgung.html?piececode=" + trackingNumber)
            .build())
        .build());

    Order order = karla.orders().search(OrderSearchRequest.builder().orderNumber(orderNumber).build()).get(0);
    Shipment shipment = order.trackings().get(0);
    String shipmentId = shipment.uuid().or(shipment::id).orElseThrow();
    Console.detail("order uuid", order.uuid());
    Console.detail("shipment uuid", shipmentId);

    Console.step("Adding carrier event OUT_FOR_DELIVERY to the shipment");
    karla.shipments().addEvent(shipmentId, CreateShipmentEventRequest.builder()
        .eventName(ShipmentEventName.OUT_FOR_DELIVERY)
        .eventTime(OffsetDateTime.now(ZoneOffset.UTC))
        .externalId("qs-event-" + orderNumber)
        .build());
    Shipment updated = karla.orders().search(OrderSearchRequest.builder().orderNumber(orderNumber).build())
        .get(0).trackings().get(0);
    Console.detail("state", updated.state().map(Object::toString).orElse("(unknown)"));
    Console.detail("events", updated.events().size());

    Console.step("Listing the shop's orders, all pages");
    long count = karla.orders().searchAll(OrderSearchRequest.builder().build()).stream().count();
    Console.detail("orders", count);
  }
}
