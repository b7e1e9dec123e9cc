package io.commerceclients.testing.kibo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FakeKiboHttpTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final byte[] EMPTY_ZIP = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private final OkHttpClient http = new OkHttpClient();
  private final ObjectMapper json = new ObjectMapper();

  private JsonNode call(Request request, int expectedStatus) throws Exception {
    try (Response response = http.newCall(request).execute()) {
      assertEquals(expectedStatus, response.code());
      return json.readTree(response.body().string());
    }
  }

  private String token() throws Exception {
    return call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/applications/authtickets/oauth")
        .post(RequestBody.create("{\"client_id\":\"" + kibo.clientId() + "\",\"client_secret\":\""
            + kibo.sharedSecret() + "\",\"grant_type\":\"client_credentials\"}", JSON)).build(), 200)
        .path("access_token").asText();
  }

  @Test
  void aFakeStartedAgainAfterItsCloseStoresUploadsAndForgetsTheFilesItDeleted() throws Exception {
    String before = call(upload(token()), 200).path("id").asText();
    kibo.close();
    kibo.start();
    String token = token();
    call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/files/" + before)
        .header("Authorization", "Bearer " + token).build(), 404);
    String after = call(upload(token), 200).path("id").asText();
    try (Response content = http.newCall(new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/files/" + after
        + "/content").header("Authorization", "Bearer " + token).build()).execute()) {
      assertEquals(200, content.code());
      assertEquals(EMPTY_ZIP.length, content.body().bytes().length);
    }
  }

  private Request upload(String token) {
    return new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/files?fileName=data.zip")
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create(EMPTY_ZIP, MediaType.get("application/octet-stream"))).build();
  }

  @Test
  void issuesTokensAndRejectsBadSecretsWithKibosErrorBody() throws Exception {
    JsonNode refused = call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/applications/authtickets/oauth")
        .post(RequestBody.create("{\"client_id\":\"x\",\"client_secret\":\"y\",\"grant_type\":\"client_credentials\"}", JSON))
        .build(), 401);
    assertEquals("UNAUTHORIZED", refused.path("errorCode").asText());
    assertEquals("ImportExport", refused.path("applicationName").asText());

    kibo.tokenLifetime(java.time.Duration.ofSeconds(90));
    JsonNode answer = call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/applications/authtickets/oauth")
        .post(RequestBody.create("{\"client_id\":\"" + kibo.clientId() + "\",\"client_secret\":\""
            + kibo.sharedSecret() + "\",\"grant_type\":\"client_credentials\"}", JSON)).build(), 200);
    assertEquals(90, answer.path("expires_in").asInt());
  }

  @Test
  void tenantLookupReturnsTheFakesOwnAddressAndNeedsAToken() throws Exception {
    call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/tenants/" + kibo.tenantId()).build(), 401);
    JsonNode tenant = call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/tenants/" + kibo.tenantId())
        .header("Authorization", "Bearer " + token()).build(), 200);
    assertEquals(kibo.tenantHost(), tenant.path("domain").asText());
    assertTrue(tenant.path("domain").asText().startsWith("127.0.0.1:"));
  }

  private JsonNode createExport(String token, String name) throws Exception {
    return call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/export")
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create("{\"name\":\"" + name + "\",\"domain\":\"catalog\",\"resources\":[{\"resource\":\"Products\"}]}",
            JSON)).build(), 200);
  }

  private Request list(String token, String query) {
    return new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/export?" + query)
        .header("Authorization", "Bearer " + token).build();
  }

  @Test
  void filtersJobListsWithKibosSyntaxAndRefusesTheRest() throws Exception {
    String token = token();
    createExport(token, "nightly");
    createExport(token, "weekly");

    JsonNode found = call(list(token, "filter=name%20sw%20%27night%27%20or%20name%20eq%20%27WEEKLY%27"), 200);
    assertEquals(2, found.size());
    assertEquals(1, call(list(token, "filter=name%20cont%20%27ekl%27%20and%20status%20eq%20pending"), 200).size());
    assertEquals(0, call(list(token, "filter=name%20eq%20%27ightly%27"), 200).size(), "no substring match");
    JsonNode refused = call(list(token, "filter=name%20in%20(%27a%27)"), 400);
    assertEquals("VALIDATION_ERROR", refused.path("errorCode").asText());
    assertTrue(refused.path("message").asText().startsWith("Invalid filter"), refused.toString());
    call(list(token, "filter=name%20ew%20%27y%27"), 400);
  }

  @Test
  void trimsAnswersToResponseFields() throws Exception {
    String token = token();
    createExport(token, "nightly");

    JsonNode trimmed = call(list(token, "responseFields=name,resources(resource),auditInfo.createDate"), 200).get(0);
    assertEquals("[\"name\",\"resources\",\"auditInfo\"]", json.valueToTree(iterable(trimmed.fieldNames())).toString());
    assertEquals("{\"resource\":\"Products\"}", trimmed.path("resources").get(0).toString());
    assertEquals(1, trimmed.path("auditInfo").size());
    assertEquals(0, call(list(token, "responseFields=unknownField"), 200).get(0).size());
    assertTrue(call(list(token, "responseFields="), 200).get(0).has("status"), "a blank list keeps everything");
    assertEquals("VALIDATION_ERROR", call(list(token, "responseFields=-name"), 400).path("errorCode").asText());
  }

  private static java.util.List<String> iterable(java.util.Iterator<String> names) {
    java.util.List<String> list = new java.util.ArrayList<>();
    names.forEachRemaining(list::add);
    return list;
  }

  @Test
  void refusesAProductImagesImportWithoutAContextOverride() throws Exception {
    String token = token();
    JsonNode refused = call(new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/import")
        .header("Authorization", "Bearer " + token)
        .post(RequestBody.create("{\"domain\":\"catalog\",\"resources\":[{\"resource\":\"ProductImages\"}],"
            + "\"files\":[{\"id\":\"f\"}],\"contextOverride\":{}}", JSON)).build(), 400);
    assertTrue(refused.path("message").asText().contains("contextOverride"), refused.toString());
    assertEquals(0, kibo.importJobCount());
  }

  @Test
  void expiredTokensAreRefused() throws Exception {
    String token = token();
    Request list = new Request.Builder().url(kibo.baseUrl() + "/api/platform/data/import?startIndex=0&pageSize=5")
        .header("Authorization", "Bearer " + token).build();
    assertEquals(0, call(list, 200).size());
    kibo.advanceTime(java.time.Duration.ofHours(2));
    assertEquals("UNAUTHORIZED", call(list, 401).path("errorCode").asText());
  }
}
