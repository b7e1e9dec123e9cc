package io.commerceclients.testing.kiliba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake on its own, over plain HTTP: what it refuses, as the real API would. */
class FakeKilibaTest {

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void reset() {
    kiliba.reset();
  }

  private HttpResponse<String> send(String method, String path, byte[] body, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : kiliba.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, JsonNode body) throws Exception {
    return send("POST", path, JSON.writeValueAsBytes(body), "X-API-Key", kiliba.apiKey(), "Content-Type", "application/json");
  }

  private static ObjectNode group(int id) {
    return JSON.createObjectNode().put("id", id).put("name", "Group " + id);
  }

  @Test
  void refusesRequestsWithoutTheApiKey() throws Exception {
    HttpResponse<String> none = send("GET", "/client/v1/customers/paginated", null);
    HttpResponse<String> wrong = send("GET", "/client/v1/customers/paginated", null, "X-API-Key", "nope");

    assertEquals(401, none.statusCode());
    assertEquals(401, wrong.statusCode());
    assertEquals("Unauthorized", JSON.readTree(none.body()).get("error").asText());
  }

  @Test
  void refusesMoreThanAThousandItems() throws Exception {
    ArrayNode body = JSON.createArrayNode();
    for (int i = 0; i < 1_001; i++) {
      body.add(group(i));
    }

    HttpResponse<String> answer = post("/client/v1/import/customer-groups", body);

    assertEquals(400, answer.statusCode());
    assertEquals(0, kiliba.imports().count(Resource.CUSTOMER_GROUPS));
  }

  @Test
  void refusesMoreThanSixMegabytes() throws Exception {
    ArrayNode body = JSON.createArrayNode();
    body.add(group(1).put("name", "x".repeat(6_000_000)));

    HttpResponse<String> answer = post("/client/v1/import/customer-groups", body);

    assertEquals(413, answer.statusCode());
  }

  @Test
  void refusesMissingRequiredFieldsButAcceptsDeletionsWithOnlyTheId() throws Exception {
    ArrayNode bad = JSON.createArrayNode().add(JSON.createObjectNode().put("id", "p1").put("price", -1));
    ArrayNode deletion = JSON.createArrayNode().add(JSON.createObjectNode().put("id", "p1").put("deleted", true));

    HttpResponse<String> refused = post("/client/v1/import/products", bad);
    HttpResponse<String> deleted = post("/client/v1/import/products", deletion);

    assertEquals(400, refused.statusCode());
    JsonNode messages = JSON.readTree(refused.body()).get("message");
    assertTrue(messages.isArray());
    assertTrue(messages.toString().contains("0.name should not be empty"), messages.toString());
    assertTrue(messages.toString().contains("0.price must not be less than 0"), messages.toString());
    assertEquals(200, deleted.statusCode());
    assertEquals(1, JSON.readTree(deleted.body()).get("processed").asInt());
  }

  @Test
  void refusesAVisitWithoutProductIdEvenWithACategory() throws Exception {
    ObjectNode categoryOnly = JSON.createObjectNode().put("email", "a@example.com").put("url", "https://shop.example/c/1")
        .put("date", "2025-01-01T12:00:00Z").put("categoryId", "c1");
    ObjectNode withProduct = categoryOnly.deepCopy().put("productId", "p1");

    HttpResponse<String> refused = post("/client/v1/import/visits", JSON.createArrayNode().add(withProduct).add(categoryOnly));
    HttpResponse<String> accepted = post("/client/v1/import/visits", JSON.createArrayNode().add(withProduct));

    assertEquals(400, refused.statusCode());
    assertEquals("1.productId should not be empty", JSON.readTree(refused.body()).get("message").get(0).asText());
    assertEquals(200, accepted.statusCode());
    assertEquals(1, kiliba.imports().count(Resource.VISITS));
  }

  @Test
  void refusesUploadSourceConfigIdsThatAreNotStrings() throws Exception {
    ObjectNode numericShop = JSON.createObjectNode().put("filename", "s.tsv");
    numericShop.putObject("sourceConfig").putArray("shopIds").add(7);
    ObjectNode numericDefault = JSON.createObjectNode().put("filename", "s.tsv");
    numericDefault.putObject("sourceConfig").put("defaultCustomerGroupId", 3);
    ObjectNode strings = JSON.createObjectNode().put("filename", "s.tsv");
    strings.putObject("sourceConfig").put("defaultShopId", "7").putArray("shopIds").add("7");

    HttpResponse<String> shop = post("/client/v1/physical-stores/uploads", numericShop);
    HttpResponse<String> group = post("/client/v1/physical-stores/uploads", numericDefault);
    HttpResponse<String> ok = post("/client/v1/physical-stores/uploads", strings);

    assertEquals(400, shop.statusCode());
    assertTrue(shop.body().contains("shopIds must be a string"), shop.body());
    assertEquals(400, group.statusCode());
    assertTrue(group.body().contains("sourceConfig.defaultCustomerGroupId must be a string"), group.body());
    assertEquals(200, ok.statusCode(), ok.body());
  }

  @Test
  void overwritesRecordsById() throws Exception {
    post("/client/v1/import/customer-groups", JSON.createArrayNode().add(group(1)).add(group(2)));
    post("/client/v1/import/customer-groups", JSON.createArrayNode().add(group(1).put("name", "Renamed")));

    assertEquals(2, kiliba.imports().count(Resource.CUSTOMER_GROUPS));
    assertEquals("Renamed", kiliba.imports().record(Resource.CUSTOMER_GROUPS, "1").orElseThrow().get("name"));
    assertEquals(2, kiliba.imports().requests(Resource.CUSTOMER_GROUPS).size());
  }

  @Test
  void theStorageUrlRefusesCredentialsAndRecordsTheBytes() throws Exception {
    JsonNode session = JSON.readTree(post("/client/v1/physical-stores/uploads",
        JSON.createObjectNode().put("filename", "s.tsv")).body());
    String url = session.get("presignedUrl").asText();
    byte[] file = "email\na@example.com\n".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> withKey = send("PUT", url, file, "X-API-Key", kiliba.apiKey());
    HttpResponse<String> badSignature = send("PUT", url.replaceAll("Signature=.*", "Signature=forged"), file);
    HttpResponse<String> plain = send("PUT", url, file, "Content-Type", "text/tab-separated-values");

    assertEquals(400, withKey.statusCode());
    assertEquals(403, badSignature.statusCode());
    assertEquals(200, plain.statusCode());
    String id = session.get("uploadId").asText();
    assertEquals("email\na@example.com\n", new String(kiliba.uploads().storedFile(id).orElseThrow().bytes(), StandardCharsets.UTF_8));
    assertEquals(2, kiliba.uploads().rejectedStorageRequests().size());
  }

  @Test
  void completingBeforeTheFileArrivedIsRefused() throws Exception {
    JsonNode session = JSON.readTree(post("/client/v1/physical-stores/uploads",
        JSON.createObjectNode().put("filename", "s.tsv")).body());

    HttpResponse<String> answer = send("POST",
        "/client/v1/physical-stores/uploads/" + session.get("uploadId").asText() + "/complete", null,
        "X-API-Key", kiliba.apiKey());

    assertEquals(400, answer.statusCode());
  }
}
