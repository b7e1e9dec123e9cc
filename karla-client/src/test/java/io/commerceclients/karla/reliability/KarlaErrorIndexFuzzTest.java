package io.commerceclients.karla.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.order.BulkFulfillmentResult;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Karla answers 422s whose FastAPI {@code loc} holds indexes beyond {@code int} or {@code long},
 * negative ones, non-numbers and nested values. The client must never throw anything but the
 * typed error, and keeps each field error with its index as the server wrote it.
 */
@WireMockTest
class KarlaErrorIndexFuzzTest {
  private static final String BULK = "/v1/shops/gokarla/orders/bulk";
  private static final String ORDERS = "/v1/shops/gokarla/orders";

  private KarlaClient client;

  @BeforeEach
  void connect(WireMockRuntimeInfo wm) {
    client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).shop("gokarla").apiKey("karla-secret-key-42")
        .maxRetries(0).build();
  }

  @AfterEach
  void close() {
    client.close();
  }

  private static void answer422(String path, boolean bulk, String loc) {
    String body = "{\"detail\":[{\"loc\":" + loc + ",\"msg\":\"bad\",\"type\":\"value_error\"}]}";
    stubFor((bulk ? put(urlPathEqualTo(path)) : post(urlPathEqualTo(path))).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody(body)));
  }

  private static List<UpsertOrderRequest> items() {
    return Stream.of("A", "B", "C").<UpsertOrderRequest>map(id -> UpsertOrderRequest.builder().id(id)
        .addTracking(OrderTracking.builder().trackingNumber("T-" + id).build()).build()).toList();
  }

  static Stream<Arguments> bulkIndexes() {
    return Stream.of(
        Arguments.of("[\"body\",\"items\",99999999999999999999]", "body.items[99999999999999999999]"),
        Arguments.of("[\"body\",99999999999999999999,\"id\"]", "body[99999999999999999999].id"),
        Arguments.of("[\"body\",2147483648,\"id\"]", "body[2147483648].id"),
        Arguments.of("[\"body\",9223372036854775808,\"id\"]", "body[9223372036854775808].id"),
        Arguments.of("[\"body\",-1,\"id\"]", "body[-1].id"),
        Arguments.of("[\"body\",-99999999999999999999]", "body[-99999999999999999999]"),
        Arguments.of("[\"body\",3,\"id\"]", "body[3].id"),
        Arguments.of("[\"body\",1.5,\"id\"]", "body.1.5.id"),
        Arguments.of("[\"body\",\"1\",\"id\"]", "body.1.id"));
  }

  @ParameterizedTest(name = "[{index}] loc {0}")
  @MethodSource("bulkIndexes")
  void anIndexThatNamesNoItemKeepsTheFieldErrorAsText(String loc, String field) {
    answer422(BULK, true, loc);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.orders().fulfill(items()));
    assertEquals(List.of(field), e.fieldErrors().stream().map(FieldError::field).toList());
    verify(1, putRequestedFor(urlPathEqualTo(BULK)));
  }

  @Test
  void oneHugeIndexAmongValidOnesRejectsNothingSilently() {
    stubFor(put(urlPathEqualTo(BULK)).willReturn(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
        .withBody("{\"detail\":[{\"loc\":[\"body\",1,\"id\"],\"msg\":\"bad\",\"type\":\"t\"},"
            + "{\"loc\":[\"body\",99999999999999999999,\"id\"],\"msg\":\"bad\",\"type\":\"t\"}]}")));
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.orders().fulfill(items()));
    assertEquals(List.of("body[1].id", "body[99999999999999999999].id"),
        e.fieldErrors().stream().map(FieldError::field).toList());
    verify(1, putRequestedFor(urlPathEqualTo(BULK)));
  }

  static Stream<Arguments> oddLocations() {
    return Stream.of(
        Arguments.of("[\"body\",\"address\",[1,[2]],{\"a\":1}]", "body.address.[1,[2]].{\"a\":1}"),
        Arguments.of("[null,true,false]", "null.true.false"),
        Arguments.of("[1e400]", "Infinity"),
        Arguments.of("[18446744073709551616]", "[18446744073709551616]"),
        Arguments.of("[]", ""),
        Arguments.of("\"body\"", "body"),
        Arguments.of("123", "123"),
        Arguments.of("{\"x\":1}", ""),
        Arguments.of("null", ""));
  }

  @ParameterizedTest(name = "[{index}] loc {0}")
  @MethodSource("oddLocations")
  void oddLocationsBecomeText(String loc, String field) {
    answer422(ORDERS, false, loc);
    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client.orders().place(order()));
    assertEquals(List.of(field), e.fieldErrors().stream().map(FieldError::field).toList());
  }

  @Test
  void randomLocationsNeverThrowAnythingButTheTypedError() {
    Random random = new Random(20240314);
    for (int i = 0; i < 60; i++) {
      String loc = randomLocation(random).toString();
      answer422(BULK, true, loc);
      try {
        BulkFulfillmentResult result = client.orders().fulfill(items());
        assertTrue(result.accepted().isEmpty() && result.rejected().size() == 3, loc + " -> " + result);
      } catch (InvalidRequestException expected) {
        assertEquals(1, expected.fieldErrors().size(), loc);
      }
    }
  }

  private static ArrayNode randomLocation(Random random) {
    ArrayNode loc = JsonNodeFactory.instance.arrayNode().add("body");
    int parts = 1 + random.nextInt(4);
    for (int p = 0; p < parts; p++) {
      switch (random.nextInt(7)) {
        case 0 -> loc.add(random.nextInt(5) - 1);
        case 1 -> loc.add(new BigInteger(1 + random.nextInt(120), random).negate());
        case 2 -> loc.add(new BigInteger(1 + random.nextInt(120), random));
        case 3 -> loc.add("f" + random.nextInt(3));
        case 4 -> loc.add(random.nextDouble() * 1e6);
        case 5 -> loc.addArray().add(random.nextLong()).addNull();
        default -> loc.addObject().put("k", random.nextInt());
      }
    }
    return loc;
  }

  private static PlaceOrderRequest order() {
    return PlaceOrderRequest.builder().orderNumber("1").externalId("e").address(Address.builder().zipCode("1").build()).build();
  }
}
