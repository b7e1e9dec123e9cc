package io.commerceclients.karla.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentCancelledException;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.net.SocketTimeoutException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The asynchronous bulk fulfillment: the same two-step workflow as the blocking one (the items
 * Karla rejects by index are reported, the others sent once more), and a cancel that stops it
 * with a report of what was sent.
 */
@WireMockTest
class KarlaAsyncFulfillmentTest {

  private static final String KEY = "karla-bulk-test-key-001";
  private static final String BULK = "/v1/shops/gokarla/orders/bulk";
  private static final String REJECT_B = "{\"detail\":[{\"loc\":[\"body\",1,\"trackings\",0,\"carrier_reference\"],"
      + "\"msg\":\"unknown carrier\",\"type\":\"enum\"}]}";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey(KEY).maxRetries(0).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static UpsertOrderRequest item(String id) {
    return UpsertOrderRequest.builder().id(id).addTracking(OrderTracking.builder().trackingNumber("T-" + id).build()).build();
  }

  private static String json(String... ids) {
    StringBuilder out = new StringBuilder("[");
    for (String id : ids) {
      out.append(out.length() > 1 ? "," : "").append("{\"id\":\"").append(id)
          .append("\",\"trackings\":[{\"tracking_number\":\"T-").append(id).append("\"}]}");
    }
    return out.append("]").toString();
  }

  private static Throwable failureOf(CompletableFuture<?> future) {
    return assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS)).getCause();
  }

  @Test
  void everyItemAcceptedInOneRequest() throws Exception {
    stubFor(put(urlPathEqualTo(BULK)).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("null")));
    List<UpsertOrderRequest> items = List.of(item("A"), item("B"));

    BulkFulfillmentResult result = client.async().orders().fulfill(items).get(30, TimeUnit.SECONDS);

    assertTrue(result.allAccepted());
    assertEquals(items, result.accepted());
    verify(1, putRequestedFor(urlPathEqualTo(BULK)).withRequestBody(equalToJson(json("A", "B"))));
  }

  @Test
  void itemsRejectedByIndexAreReportedAndTheOthersSentOnceMore() throws Exception {
    stubFor(put(urlPathEqualTo(BULK)).inScenario("bulk").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody(REJECT_B))
        .willSetStateTo("retried"));
    stubFor(put(urlPathEqualTo(BULK)).inScenario("bulk").whenScenarioStateIs("retried")
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("null")));
    List<UpsertOrderRequest> items = List.of(item("A"), item("B"), item("C"));

    BulkFulfillmentResult result = client.async().orders().fulfill(items).get(30, TimeUnit.SECONDS);

    assertEquals(List.of(items.get(0), items.get(2)), result.accepted());
    assertEquals(1, result.rejected().size());
    assertEquals(1, result.rejected().get(0).index());
    assertEquals("trackings[0].carrier_reference", result.rejected().get(0).errors().get(0).field());
    verify(2, putRequestedFor(urlPathEqualTo(BULK)));
    verify(1, putRequestedFor(urlPathEqualTo(BULK)).withRequestBody(equalToJson(json("A", "B", "C"))));
    verify(1, putRequestedFor(urlPathEqualTo(BULK)).withRequestBody(equalToJson(json("A", "C"))));
  }

  @Test
  void aFailureOfTheWholeCallOrOfTheSecondRequestFailsTheFuture() {
    stubFor(put(urlPathEqualTo(BULK)).willReturn(aResponse().withStatus(404).withHeader("Content-Type", "application/json")
        .withBody("{\"errors\":[],\"key\":\"order_not_found\",\"message\":\"Order B not found\",\"type\":\"invalid_request_error\"}")));
    assertInstanceOf(NotFoundException.class, failureOf(client.async().orders().fulfill(List.of(item("A"), item("B")))));
    verify(1, putRequestedFor(urlPathEqualTo(BULK)));

    stubFor(put(urlPathEqualTo(BULK)).inScenario("again").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json").withBody(REJECT_B))
        .willSetStateTo("down"));
    stubFor(put(urlPathEqualTo(BULK)).inScenario("again").whenScenarioStateIs("down")
        .willReturn(aResponse().withStatus(500)));
    assertInstanceOf(ServerException.class,
        failureOf(client.async().orders().fulfill(List.of(item("A"), item("B"), item("C")))));
    verify(3, putRequestedFor(urlPathEqualTo(BULK)));
  }

  @Test
  void invalidItemsFailTheFutureBeforeAnythingIsSent(WireMockRuntimeInfo wm) {
    ValidationException blank = assertInstanceOf(ValidationException.class, failureOf(client.async().orders().fulfill(
        List.of(item("A"), UpsertOrderRequest.builder().id("B").addTracking(OrderTracking.builder().trackingNumber(" ").build())
            .build()))));
    assertEquals("requests[1].trackings[0].trackingNumber", blank.field());
    assertInstanceOf(ValidationException.class, failureOf(client.async().orders().fulfill(List.of())));
    assertInstanceOf(ValidationException.class, failureOf(client.async().orders().fulfill(null)));
    assertEquals(0, wm.getWireMock().getServeEvents().size());
  }

  /** A server that answers the first bulk request with {@code first} (or holds it if null) and holds the second. */
  private static RawServer holding(String first, CountDownLatch held, CountDownLatch closedByClient, AtomicInteger count)
      throws Exception {
    return new RawServer(x -> {
      if (count.incrementAndGet() == 1 && first != null) {
        x.write("HTTP/1.1 422 Unprocessable Entity\r\nContent-Type: application/json\r\nContent-Length: "
            + first.length() + "\r\n\r\n" + first);
        return;
      }
      held.countDown();
      x.socket.setSoTimeout(20_000);
      try {
        if (x.socket.getInputStream().read() == -1) {
          closedByClient.countDown();
        }
      } catch (SocketTimeoutException stillOpen) {
        // the client never let go: the assertion on closedByClient fails
      }
    });
  }

  @Test
  void cancellingDuringTheFirstRequestCancelsItAndReportsEveryItemInDoubt() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicInteger count = new AtomicInteger();
    List<UpsertOrderRequest> items = List.of(item("A"), item("B"), item("C"));
    try (RawServer server = holding(null, held, closed, count);
        KarlaClient raw = KarlaClient.builder().baseUrl(server.url()).shop("gokarla").apiKey(KEY).build()) {
      CompletableFuture<BulkFulfillmentResult> future = raw.async().orders().fulfill(items);
      assertTrue(held.await(20, TimeUnit.SECONDS));

      assertTrue(future.cancel(true));

      assertTrue(future.isCancelled());
      BulkFulfillmentCancelledException report = assertThrows(BulkFulfillmentCancelledException.class, future::join);
      assertSame(report, assertThrows(BulkFulfillmentCancelledException.class, () -> future.get(1, TimeUnit.SECONDS)));
      assertEquals(items, report.inDoubt());
      assertEquals(List.of(), report.notSent());
      assertEquals(List.of(), report.rejected());
      assertTrue(closed.await(20, TimeUnit.SECONDS), "the request in flight was cancelled");
      assertEquals(1, server.exchanges().size());
    }
  }

  @Test
  void cancellingDuringTheSecondRequestReportsTheRejectedItemAndTheOthersInDoubt() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    AtomicInteger count = new AtomicInteger();
    List<UpsertOrderRequest> items = List.of(item("A"), item("B"), item("C"));
    try (RawServer server = holding(REJECT_B, held, closed, count);
        KarlaClient raw = KarlaClient.builder().baseUrl(server.url()).shop("gokarla").apiKey(KEY).build()) {
      CompletableFuture<BulkFulfillmentResult> future = raw.async().orders().fulfill(items);
      assertTrue(held.await(20, TimeUnit.SECONDS), "the accepted items were sent again");

      assertTrue(future.cancel(false));

      BulkFulfillmentCancelledException report = assertThrows(BulkFulfillmentCancelledException.class, future::join);
      assertEquals(List.of(items.get(0), items.get(2)), report.inDoubt());
      assertEquals(List.of(), report.notSent());
      assertEquals(1, report.rejected().size());
      assertEquals(items.get(1), report.rejected().get(0).request());
      assertTrue(report.getMessage().contains("2 item(s) in the request in flight"), report.getMessage());
      assertTrue(closed.await(20, TimeUnit.SECONDS), "the second request was cancelled");
      assertEquals(2, server.exchanges().size());
      assertEquals(json("A", "C").replace(" ", ""), server.exchanges().get(1).body);
      future.cancel(true);
      assertSame(report, assertThrows(BulkFulfillmentCancelledException.class, future::join), "a second cancel changes nothing");
    }
  }
}
