package io.commerceclients.core.internal.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * A fixed credential header is on every request exactly once, with its value, whatever the request
 * carried.
 */
class FixedHeaderTest {
  private final FixedHeader key = new FixedHeader("X-API-Key", "the-key");

  private static Request.Builder request() {
    return new Request.Builder().url("https://api.example.com/v1/things");
  }

  @Test
  void aRequestThatCarriesItOnceWithItsValueIsLeftAsItIs() {
    Request request = request().header("x-api-key", "the-key").header("Accept", "application/json").build();

    assertSame(request, key.on(request));
  }

  @Test
  void aRequestWithoutItTwiceOrWithAnotherValueGetsExactlyItsValue() {
    List<Request> requests = List.of(request().build(),
        request().header("X-API-Key", "another").build(),
        request().header("X-API-Key", "the-key").addHeader("X-Api-Key", "the-key").build(),
        request().header("X-API-Key", "the-key").addHeader("X-API-Key", "another").build());

    for (Request request : requests) {
      Request sent = key.on(request);
      assertNotSame(request, sent);
      assertEquals(List.of("the-key"), sent.headers("X-API-Key"), request.headers().toString());
    }
  }
}
