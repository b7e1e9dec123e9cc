package io.commerceclients.testing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A test author's mistakes with the fakes' own API: each fails at once, with a message that says what is wrong. */
class FakeMisuseTest {

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba();
  @RegisterExtension
  static FakeKarla karla = new FakeKarla();
  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  @BeforeEach
  void clean() {
    kiliba.reset();
    karla.reset();
    kibo.reset();
  }

  static void assertMessage(RuntimeException e, String... fragments) {
    for (String fragment : fragments) {
      assertTrue(e.getMessage() != null && e.getMessage().contains(fragment), () -> "no '" + fragment + "' in " + e);
    }
  }

  @Test
  void aNullMatcherOrFaultIsRefusedWhenGivenNotWhenARequestArrives() throws Exception {
    assertThrows(NullPointerException.class, () -> kiliba.faults().failNext(1, null, Fault.status(503)));
    assertThrows(NullPointerException.class, () -> kiliba.faults().failNext(1, null));
    assertThrows(NullPointerException.class, () -> kiliba.faults().failRandomly(0.5, 1, RequestMatcher.any(), (Fault) null));

    assertEquals(401, HostileRequestsTest.raw(kiliba, "GET", "/client/v1/customers/paginated", "", null).status());
  }

  @Test
  void aFaultOnARouteTheFakeDoesNotServeIsRefusedNamingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> kiliba.faults().failNext(1, RequestMatcher.of("GET", "/client/v1/customer"), Fault.status(503)));
    assertMessage(e, "GET /client/v1/customer", "/client/v1/customers/paginated");
    assertThrows(IllegalArgumentException.class,
        () -> karla.faults().failNext(1, RequestMatcher.of("DELETE", "/v1/shops/{slug}/orders"), Fault.status(503)));
    assertThrows(IllegalArgumentException.class,
        () -> kibo.faults().failRandomly(0.5, 1, RequestMatcher.of("GET", "/api/platform/data/imports"), Fault.status(503)));

    karla.faults().failNext(1, RequestMatcher.of("GET", "/v1/shops/gokarla/orders"), Fault.status(503));
    karla.faults().failNext(1, RequestMatcher.of("*", "/v1/shops/{x}/orders/{y}"), Fault.status(503));
    karla.faults().failNext(1, RequestMatcher.of("PUT", "*"), Fault.status(503));
    kibo.faults().failNext(1, RequestMatcher.of("get", "/api/platform/data/import/{id}"), Fault.status(503));
  }

  @Test
  void faultsWithImpossibleValuesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Fault.status(99));
    assertThrows(IllegalArgumentException.class, () -> Fault.status(1000));
    assertThrows(NullPointerException.class, () -> Fault.status(503, null));
    assertThrows(IllegalArgumentException.class, () -> Fault.rateLimited(-1));
    assertThrows(NullPointerException.class, () -> Fault.delay(null));
    assertThrows(IllegalArgumentException.class, () -> Fault.delay(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> Fault.status(503).withHeader(null, "x"));
    assertThrows(IllegalArgumentException.class, () -> Fault.status(503).withHeader("Bad\nName", "x"));
    assertThrows(IllegalArgumentException.class, () -> Fault.status(503).withHeader("X-A", "bad\r\nvalue"));
    assertThrows(IllegalArgumentException.class,
        () -> kiliba.faults().failRandomly(Double.NaN, 1, RequestMatcher.any(), Fault.status(503)));
    assertThrows(IllegalArgumentException.class, () -> kiliba.faults().failNext(0, Fault.status(503)));
  }

  @Test
  void kilibaSeedsAreCheckedWhenGiven() {
    NullPointerException nullRow = assertThrows(NullPointerException.class, () -> kiliba.customers().add(null));
    assertMessage(nullRow, "row");
    Map<String, Object> row = Map.of("id_customer", 1, "email", "a@example.com");
    assertThrows(NullPointerException.class, () -> kiliba.customers().add(row, null));
    assertThrows(IllegalArgumentException.class, () -> kiliba.customers().add(row, "vip"));
    assertThrows(IllegalArgumentException.class,
        () -> kiliba.customers().add(Map.of("id_customer", Map.of("a", 1), "email", "a@example.com")));
    assertThrows(IllegalArgumentException.class, () -> kiliba.customers().addGenerated(-1));
    assertEquals(0, kiliba.customers().all().size());
  }

  @Test
  void generatedCustomersNeverReplaceSeededOnes() {
    kiliba.customers().add(Map.of("id_customer", 2, "email", "mine@example.com"), "blocked");
    kiliba.customers().addGenerated(3);

    assertEquals(4, kiliba.customers().all().size());
    assertEquals("blocked", kiliba.customers().statusOf("mine@example.com").orElseThrow());
  }

  @Test
  void karlaStateOfAShopThatDoesNotExistNamesTheShop() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> karla.orders("nope"));
    assertMessage(e, "nope", "addShop");
    assertThrows(IllegalArgumentException.class, () -> karla.shipment("gokarla", "no-such-shipment"));
    assertThrows(IllegalArgumentException.class, () -> karla.addShop(" "));
    assertThrows(NullPointerException.class, () -> karla.addShop(null));
  }

  @Test
  void kiboSeedsOfUnknownResourcesOrNullValuesAreRefused() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> kibo.seed("Product", List.of(Map.of("ProductCode", "A"))));
    assertMessage(unknown, "Product", "Products");
    Map<String, String> withNull = new HashMap<>();
    withNull.put("ProductCode", null);
    assertThrows(NullPointerException.class, () -> kibo.seed("Products", List.of(withNull)));
    assertEquals(List.of(), kibo.rows("Products"));
  }
}
