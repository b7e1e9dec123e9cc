package io.commerceclients.core.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.support.TestClient;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Success answers that break the contract end in a ProtocolException naming the operation, never an NPE. */
@WireMockTest
class ContractBreachTest {

  @Test
  void a204WhereAJsonAnswerIsExpectedIsAProtocolErrorNamingTheOperation(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(post("/things").willReturn(aResponse().withStatus(204)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.create(Map.of())));
      assertTrue(e.getMessage().contains("TestApi.create"), e.getMessage());
      assertTrue(e.getMessage().contains("204 with no body"), e.getMessage());
      assertEquals(204, e.statusCode());
    }
  }

  @Test
  void anEmpty200IsAProtocolError(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.get("1")));
      assertTrue(e.getMessage().contains("TestApi.get (GET /things/{id}): the API answered with an empty body"), e.getMessage());
    }
  }

  @Test
  void anOperationDeclaredVoidAccepts204(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(put("/things/1").willReturn(aResponse().withStatus(204)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      assertNull(c.transport.execute(c.api.put("1", Map.of())));
    }
  }

  @Test
  void anAnswerLackingARequiredFieldNamesTheFieldAndWhereNotAnImmutablesMessage(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/models/1").willReturn(okJson("{\"name\":\"top\"}")));
    wm.getWireMock().register(get("/models/2").willReturn(okJson("{\"id\":\"2\",\"parts\":[{\"id\":\"a\"},{\"name\":\"b\"}]}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ProtocolException top = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.thing("1")));
      assertTrue(top.getMessage().contains("TestApi.thing (GET /models/{id}): the answer lacks the required field id of Thing"),
          top.getMessage());
      ProtocolException nested = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.thing("2")));
      assertTrue(nested.getMessage().contains("required field id of Thing at parts[1]"), nested.getMessage());
      assertTrue(!nested.getMessage().contains("Cannot build"), nested.getMessage());
    }
  }

  @Test
  void malformedJsonIsAProtocolErrorWithThePath(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/models/3").willReturn(okJson("{\"id\":\"3\",\"parts\":\"not a list\"}")));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build()) {
      ProtocolException e = assertThrows(ProtocolException.class, () -> c.transport.execute(c.api.thing("3")));
      assertTrue(e.getMessage().contains("could not be read as the expected JSON at parts"), e.getMessage());
    }
  }

  @Test
  void aClosedClientFailsFastAndSendsNothing(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{}")));
    TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).build();
    c.transport.execute(c.api.get("1"));
    c.close();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> c.transport.execute(c.api.get("1")));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> c.transport.httpClient().newCall(
        new okhttp3.Request.Builder().url(wm.getHttpBaseUrl() + "/things/1").build()).execute());
    c.close();
    assertEquals(1, wm.getWireMock().find(anyRequestedFor(anyUrl())).size());
  }
}
