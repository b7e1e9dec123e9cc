package io.commerceclients.testing.kibo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** FakeKibo's batch jobs over raw HTTP: the state machine, actions by status, items, paging and errors. */
class KiboBatchJobsHttpTest {
  private static final MediaType JSON = MediaType.get("application/json");

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private String token;

  @BeforeEach
  void token() throws Exception {
    token = call("POST", "/api/platform/applications/authtickets/oauth", "{\"client_id\":\"" + kibo.clientId()
        + "\",\"client_secret\":\"" + kibo.sharedSecret() + "\",\"grant_type\":\"client_credentials\"}", 200)
        .path("access_token").asText();
  }

  private JsonNode call(String method, String path, String body, int expectedStatus) throws Exception {
    Request.Builder request = new Request.Builder().url(kibo.baseUrl() + path)
        .method(method, body == null ? (method.equals("POST") || method.equals("PUT") ? RequestBody.create(new byte[0]) : null)
            : RequestBody.create(body, JSON));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    try (Response response = http.newCall(request.build()).execute()) {
      String text = response.body().string();
      assertEquals(expectedStatus, response.code(), text);
      return json.readTree(text);
    }
  }

  private JsonNode batch(String method, String path, String body) throws Exception {
    return call(method, "/api/platform/data/batchJob" + path, body, 200);
  }

  private List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void aJobGoesFromReadyThroughRunningToCompletedAndItsItemsTakeTheirOutcome() throws Exception {
    JsonNode created = batch("POST", "", "{\"code\":\"B1\",\"name\":\"Prices\"}");
    assertEquals("Ready", created.path("status").asText());
    assertEquals("Catalog", created.path("domain").asText());
    assertEquals(kibo.tenantId(), created.path("tenantId").asLong());
    assertTrue(created.path("dateStarted").isNull());
    kibo.batchJobs().addItem("B1", "Products", "P1");
    kibo.batchJobs().addFailedItem("B1", "Products", "P2", "PRICE_INVALID", "Price is invalid");
    String invalid = kibo.batchJobs().addInvalidItem("B1", "Pricelistentries", "E1", "price", "Price is required");
    assertEquals(List.of("Start", "Cancel"), strings(batch("GET", "/actions/B1", null)));

    assertEquals("Pending", batch("POST", "/actions/B1", "{\"action\":\"Start\"}").path("status").asText());
    assertEquals(List.of("Cancel"), strings(batch("GET", "/actions/B1", null)));
    JsonNode running = batch("GET", "/actions/B1/summary", null);
    assertEquals("Running", running.path("status").asText());
    assertEquals("Running", running.path("resources").get(0).path("counts").get(0).path("status").asText());
    assertEquals(2, running.path("resources").get(0).path("counts").get(0).path("count").asInt());
    JsonNode done = batch("GET", "/B1", null);
    assertEquals("Completed", done.path("status").asText());
    assertTrue(done.path("dateStarted").isTextual());
    assertEquals(List.of("Reset"), strings(batch("GET", "/actions/B1", null)));

    JsonNode summary = batch("GET", "/actions/B1/summary", null);
    assertEquals("[{\"resourceType\":\"Products\",\"counts\":[{\"status\":\"Failed\",\"count\":1},"
        + "{\"status\":\"Completed\",\"count\":1}]},{\"resourceType\":\"Pricelistentries\",\"counts\":["
        + "{\"status\":\"ValidationFailed\",\"count\":1}]}]", summary.path("resources").toString());
    JsonNode failed = batch("POST", "/actions/B1/items?processingStatus=failed", null);
    assertEquals(1, failed.path("items").size());
    JsonNode item = failed.path("items").get(0);
    assertEquals("P2", item.path("itemKey").asText());
    assertEquals("PRICE_INVALID", item.path("errors").get(0).path("code").asText());
    assertEquals("P2", item.path("errors").get(0).path("itemKeys").get(0).path("value").asText());
    JsonNode one = batch("POST", "/actions/B1/items/" + invalid, null);
    assertEquals(1, one.path("totalCount").asInt());
    JsonNode validation = one.path("items").get(0);
    assertEquals("ValidationFailed", validation.path("processingStatus").asText());
    assertEquals("price", validation.path("errors").get(0).path("field").asText());
    assertEquals("MISSING_OR_INVALID_PARAMETER", validation.path("errors").get(0).path("subErrors").get(0).path("code").asText());
    JsonNode completed = batch("POST", "/actions/B1/items?processingStatus=Completed&resourceType=products", null);
    assertTrue(completed.path("items").get(0).path("errors").isNull());
    assertEquals(200, completed.path("items").get(0).path("status").asInt());
  }

  @Test
  void aJobThatEndsCanceledProcessesHalfItsItemsAndCancelsTheRest() throws Exception {
    batch("POST", "", "{\"code\":\"B1\"}");
    for (int i = 0; i < 4; i++) {
      kibo.batchJobs().addFailedItem("B1", "Products", "P" + i, "E", "bad");
    }
    kibo.batchJobs().endAs("B1", "Canceled").pollsUntilDone(1);
    batch("POST", "/actions/B1", "{\"action\":\"start\"}");

    JsonNode summary = batch("GET", "/actions/B1/summary", null);

    assertEquals("Canceled", summary.path("status").asText());
    assertEquals("[{\"status\":\"Failed\",\"count\":2},{\"status\":\"Cancelled\",\"count\":2}]",
        summary.path("resources").get(0).path("counts").toString());
  }

  @Test
  void actionsThatTheStatusDoesNotAllowGetA409AndResetEmptiesTheJob() throws Exception {
    batch("POST", "", "{\"code\":\"B1\"}");
    kibo.batchJobs().addItem("B1", "Products", "P1");

    JsonNode refused = call("POST", "/api/platform/data/batchJob/actions/B1", "{\"action\":\"Reset\"}", 409);
    assertEquals("VALIDATION_CONFLICT", refused.path("errorCode").asText());
    assertEquals("Action Reset is not available for batch job B1 in status Ready; available: [Start, Cancel]",
        refused.path("message").asText());
    call("POST", "/api/platform/data/batchJob/actions/B1", "{}", 400);
    assertEquals("Canceled", batch("POST", "/actions/B1", "{\"action\":\"Cancel\"}").path("status").asText());
    assertEquals("Cancelled", batch("POST", "/actions/B1/items", null).path("items").get(0).path("processingStatus").asText());

    assertEquals("Ready", batch("POST", "/actions/B1", "{\"action\":\"Reset\"}").path("status").asText());
    assertEquals(0, batch("POST", "/actions/B1/items", null).path("items").size());
  }

  @Test
  void listsPageByStartIndexAndCountOnlyWhenAsked() throws Exception {
    for (int i = 0; i < 5; i++) {
      batch("POST", "", "{\"code\":\"J" + i + "\"}");
    }
    batch("POST", "/actions/J1", "{\"action\":\"Start\"}");

    JsonNode page = batch("GET", "?startIndex=2&pageSize=2&includeCount=true", null);
    assertEquals("[\"J2\",\"J3\"]", codes(page));
    assertEquals(5, page.path("totalCount").asInt());
    assertEquals(3, page.path("pageCount").asInt());
    JsonNode uncounted = batch("GET", "?startIndex=4&pageSize=2", null);
    assertEquals("[\"J4\"]", codes(uncounted));
    assertEquals(0, uncounted.path("totalCount").asInt());
    assertEquals("[\"J1\"]", codes(batch("GET", "?status=pending", null)));
    assertEquals("[\"J0\",\"J1\",\"J2\",\"J3\",\"J4\"]", codes(batch("GET", "/actions/summaries?domain=Catalog", null)));
    assertEquals("VALIDATION_ERROR", call("GET", "/api/platform/data/batchJob?pageSize=201", null, 400).path("errorCode").asText());
    call("GET", "/api/platform/data/batchJob?pageSize=0", null, 400);
    call("POST", "/api/platform/data/batchJob/actions/J0/items?startIndex=-1", null, 400);
    call("GET", "/api/platform/data/batchJob?pageSize=ten", null, 400);
  }

  @Test
  void updateChangesTheNameDeleteRemovesAndUnknownCodesGet404() throws Exception {
    String code = batch("POST", "", "{}").path("code").asText();
    assertEquals("batch-1", code);
    call("POST", "/api/platform/data/batchJob", "{\"code\":\"batch-1\"}", 409);
    call("POST", "/api/platform/data/batchJob", "{\"domain\":\"Customer\"}", 400);

    assertEquals("June", batch("PUT", "/batch-1", "{\"code\":\"batch-1\",\"name\":\"June\"}").path("name").asText());
    call("PUT", "/api/platform/data/batchJob/batch-1", "{\"code\":\"other\",\"name\":\"x\"}", 400);
    assertEquals("June", batch("DELETE", "/batch-1", null).path("name").asText());
    assertEquals(0, kibo.batchJobs().count());

    for (String[] request : new String[][] {{"GET", "/batch-1"}, {"PUT", "/batch-1"}, {"DELETE", "/batch-1"},
        {"GET", "/actions/batch-1"}, {"GET", "/actions/batch-1/summary"}, {"POST", "/actions/batch-1/items"}}) {
      String body = request[0].equals("PUT") ? "{\"name\":\"x\"}" : null;
      assertEquals("ITEM_NOT_FOUND", call(request[0], "/api/platform/data/batchJob" + request[1], body, 404)
          .path("errorCode").asText());
    }
    batch("POST", "", "{\"code\":\"B2\"}");
    call("POST", "/api/platform/data/batchJob/actions/B2/items/nope", null, 404);
    assertThrows(IllegalArgumentException.class, () -> kibo.batchJobs().addItem("nope", "Products", "P"));
  }

  @Test
  void everyCallNeedsAToken() throws Exception {
    token = null;
    assertEquals("UNAUTHORIZED", call("GET", "/api/platform/data/batchJob", null, 401).path("errorCode").asText());
    call("GET", "/api/platform/data/batchJob/actions/summaries", null, 401);
  }

  private static String codes(JsonNode page) {
    List<String> codes = new ArrayList<>();
    page.path("items").forEach(j -> codes.add("\"" + j.path("code").asText() + "\""));
    return "[" + String.join(",", codes) + "]";
  }
}
