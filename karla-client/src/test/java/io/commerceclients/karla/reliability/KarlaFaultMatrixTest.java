package io.commerceclients.karla.reliability;

import io.commerceclients.core.support.FaultCase;
import io.commerceclients.core.support.RecordingSleeper;
import static io.commerceclients.core.support.FaultCase.MALFORMED;
import static io.commerceclients.core.support.FaultCase.RATE_LIMITED;
import static io.commerceclients.core.support.FaultCase.RATE_LIMITED_RETRY_AFTER;
import static io.commerceclients.core.support.FaultCase.RESET;
import static io.commerceclients.core.support.FaultCase.S500;
import static io.commerceclients.core.support.FaultCase.S503;
import static io.commerceclients.core.support.FaultCase.SUCCEEDS;
import static io.commerceclients.core.support.FaultCase.TIMEOUT;
import static io.commerceclients.core.support.FaultCase.TRUNCATED;
import static io.commerceclients.core.support.FaultCase.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of Karla's order listing (page number, ending on the first short page): each fault
 * is played on the request for page 1, once (the retry succeeds) or three times (retries run out).
 */
class KarlaFaultMatrixTest {

  private static final String ORDERS = "/v1/shops/{slug}/orders";

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private KarlaClient client;

  @BeforeAll
  static void placeOrders() {
    try (KarlaClient seed = KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP)
        .apiKey(FakeKarla.DEFAULT_API_KEY).build()) {
      for (int i = 1; i <= 250; i++) {
        seed.orders().place(PlaceOrderRequest.builder().orderNumber("O-" + i).externalId("e-" + i)
            .address(Address.builder().zipCode("10178").build()).build());
      }
    }
  }

  @BeforeEach
  void setUp() {
    karla.clearRequests();
    client = KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP)
        .apiKey(FakeKarla.DEFAULT_API_KEY).readTimeout(FaultCase.READ_TIMEOUT).sleeper(sleeper).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** 250 orders are pages of 100, 100 and 50. */
  static Stream<FaultCase> listIteration() {
    return Stream.of(
        //   fault                       times  outcome                     GET /v1/shops/{slug}/orders
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 4),
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 3, RateLimitException.class, 3),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 4),
        cell("429 without Retry-After", RATE_LIMITED, 3, RateLimitException.class, 3),
        cell("500", S500, 1, ServerException.class, 1),
        cell("503", S503, 1, SUCCEEDS, 4),
        cell("503", S503, 3, ServerException.class, 3),
        cell("connection reset", RESET, 1, SUCCEEDS, 4),
        cell("connection reset", RESET, 3, TransportException.class, 3),
        cell("read timeout", TIMEOUT, 1, SUCCEEDS, 4),
        cell("read timeout", TIMEOUT, 3, ApiTimeoutException.class, 3),
        cell("truncated body", TRUNCATED, 1, SUCCEEDS, 4),
        cell("truncated body", TRUNCATED, 3, TransportException.class, 3),
        cell("malformed JSON", MALFORMED, 1, ProtocolException.class, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void listIteration(FaultCase c) {
    karla.faults().failNext(c.times(), RequestMatcher.of("GET", ORDERS), c.injected());

    if (c.outcome() == SUCCEEDS) {
      List<Order> all = client.orders().searchAll(OrderSearchRequest.builder().build()).stream().collect(Collectors.toList());
      assertEquals(250, all.size());
      assertEquals(250, all.stream().map(Order::orderNumber).distinct().count());
    } else {
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> client.orders().searchAll(OrderSearchRequest.builder().build()).forEach(o -> { }));
      assertEquals(c.outcome(), e.getClass(), e::toString);
    }
    assertEquals(c.requests(), c.settledCount(() -> karla.requestCount("GET", ORDERS)));
  }
}
