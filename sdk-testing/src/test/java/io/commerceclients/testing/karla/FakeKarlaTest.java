package io.commerceclients.testing.karla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Credentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake on its own, over raw HTTP: credentials, Karla's error bodies, FastAPI's 422, paging. */
class FakeKarlaTest {

  @RegisterExtension final FakeKarla karla = new FakeKarla();

  private final OkHttpClient http = new OkHttpClient();
  private static final MediaType JSON = MediaType.get("application/json");

  private Response call(String method, String path, String body, String user, String key) throws IOException {
    Request.Builder request = new Request.Builder().url(karla.baseUrl() + path)
        .method(method, body == null ? null : RequestBody.create(body, JSON));
    if (user != null) {
      request.header("Authorization", Credentials.basic(user, key));
    }
    return http.newCall(request.build()).execute();
  }

  private Result send(String method, String path, String body) throws IOException {
    try (Response response = call(method, path, body, FakeKarla.DEFAULT_USERNAME, FakeKarla.DEFAULT_API_KEY)) {
      return new Result(response.code(), FakeJson.mapper().readTree(response.body().string()));
    }
  }

  private static final class Result {
    final int status;
    final JsonNode body;

    Result(int status, JsonNode body) {
      this.status = status;
      this.body = body;
    }
  }

  @Test
  void checksBasicCredentials() throws IOException {
    try (Response none = call("GET", "/v1/shops/gokarla", null, null, null)) {
      assertEquals(401, none.code());
      assertEquals("Basic", none.header("WWW-Authenticate"));
    }
    try (Response wrong = call("GET", "/v1/shops/gokarla", null, "gokarla", "wrong")) {
      assertEquals(400, wrong.code());
      JsonNode body = FakeJson.mapper().readTree(wrong.body().string());
      assertEquals("invalid_credentials", body.get("key").asText());
      assertEquals("invalid_request_error", body.get("type").asText());
      assertTrue(body.get("errors").isArray());
    }
  }

  @Test
  void answersKarlaErrorBodiesWithTheirKeys() throws IOException {
    Result missing = send("PATCH", "/v1/shops/gokarla/orders/nope", "{}");
    assertEquals(404, missing.status);
    assertEquals("order_not_found", missing.body.get("key").asText());
    String campaign = "{\"name\":\"Q3\",\"segment\":\"b2b\",\"promotion_type\":\"basic\",\"promotion_properties\":{}}";
    assertEquals(201, send("POST", "/v1/shops/gokarla/campaigns", campaign).status);
    Result exists = send("POST", "/v1/shops/gokarla/campaigns", campaign);
    assertEquals(409, exists.status);
    assertEquals("campaign_exists", exists.body.get("key").asText());
  }

  @Test
  void answersInvalidBodiesInFastApiFormat() throws IOException {
    Result invalid = send("POST", "/v1/shops/gokarla/orders", "{\"order_number\":\"1\",\"address\":{},\"expected_number_of_shipments\":101}");
    assertEquals(422, invalid.status);
    JsonNode detail = invalid.body.get("detail");
    assertEquals("[\"body\",\"external_id\"]", detail.get(0).get("loc").toString());
    assertEquals("missing", detail.get(0).get("type").asText());
    assertEquals("[\"body\",\"address\",\"zip_code\"]", detail.get(1).get("loc").toString());
    assertEquals("[\"body\",\"expected_number_of_shipments\"]", detail.get(2).get("loc").toString());
    Result bulk = send("PUT", "/v1/shops/gokarla/orders/bulk", "[{\"id\":\"1\",\"trackings\":[]},{\"trackings\":[{}]}]");
    assertEquals("[\"body\",1,\"id\"]", bulk.body.get("detail").get(0).get("loc").toString());
    assertEquals("[\"body\",1,\"trackings\",0,\"tracking_number\"]", bulk.body.get("detail").get(1).get("loc").toString());
    Result page = send("GET", "/v1/shops/gokarla/orders?per_page=101", null);
    assertEquals("[\"query\",\"per_page\"]", page.body.get("detail").get(0).get("loc").toString());
  }

  @Test
  void campaignPromotionsNeedTheFieldsTheSchemasRequire() throws IOException {
    String campaign = "{\"name\":\"Q3\",\"segment\":\"b2b\",\"promotion_type\":\"product\",\"promotion_properties\":{"
        + "\"products\":[{\"product_url\":\"https://s.example/p\",\"currency\":\"EUR\",\"discount\":{\"category\":\"percentage\",\"amount\":5}},"
        + "{\"discount\":{\"amount\":5},\"translations\":[{\"language\":\"de\"}]}],"
        + "\"translations\":[{\"values\":{}}]}}";
    Result invalid = send("POST", "/v1/shops/gokarla/campaigns", campaign);
    assertEquals(422, invalid.status);
    List<String> locations = new ArrayList<>();
    invalid.body.get("detail").forEach(problem -> locations.add(problem.get("loc").toString()));
    String at = "[\"body\",\"promotion_properties\",";
    assertEquals(List.of(
        at + "\"translations\",0,\"language\"]",
        at + "\"products\",1,\"product_url\"]",
        at + "\"products\",1,\"currency\"]",
        at + "\"products\",1,\"discount\",\"category\"]",
        at + "\"products\",1,\"translations\",0,\"values\"]"), locations);
    assertEquals("missing", invalid.body.get("detail").get(0).get("type").asText());
    String complete = "{\"name\":\"Q4\",\"segment\":\"b2b\",\"promotion_type\":\"product\",\"promotion_properties\":{"
        + "\"products\":[{\"product_url\":\"https://s.example/p\",\"currency\":\"EUR\"}],"
        + "\"translations\":[{\"language\":\"de\",\"values\":{}}]}}";
    assertEquals(201, send("POST", "/v1/shops/gokarla/campaigns", complete).status);
  }

  @Test
  void listsAreBareArraysPagedByPageAndPerPage() throws IOException {
    for (int i = 0; i < 4; i++) {
      send("POST", "/v1/shops", "{\"name\":\"a" + i + "\",\"slug\":\"s" + i + "\"}");
    }
    Result page = send("GET", "/v1/shops?page=2&per_page=2", null);
    assertEquals(200, page.status);
    assertTrue(page.body.isArray());
    assertEquals("a1", page.body.get(0).get("name").asText());
    assertEquals(2, page.body.size());
    assertEquals(1, send("GET", "/v1/shops?page=3&per_page=2", null).body.size());
    Result farAway = send("GET", "/v1/shops?page=922337203685477581&per_page=100", null);
    assertEquals(200, farAway.status);
    assertEquals(0, farAway.body.size());
  }

  @Test
  void announcementSearchRequiresUuidAndTextAsTheReferenceSays() throws IOException {
    send("POST", "/v1/shops/gokarla/announcements", "{\"text\":\"Storm\",\"language\":\"en\"}");
    Result missing = send("GET", "/v1/shops/gokarla/announcements?text=Storm", null);
    assertEquals(422, missing.status);
    assertEquals("[\"query\",\"uuid\"]", missing.body.get("detail").get(0).get("loc").toString());
    assertEquals("missing", missing.body.get("detail").get(0).get("type").asText());
    assertEquals(1, missing.body.get("detail").size());
  }

  @Test
  void playsInjectedFaults() throws IOException {
    karla.faults().failNext(1, RequestMatcher.of("GET", "/v1/shops/{slug}"), Fault.status(503));
    assertEquals(503, send("GET", "/v1/shops/gokarla", null).status);
    assertEquals(200, send("GET", "/v1/shops/gokarla", null).status);
  }
}
