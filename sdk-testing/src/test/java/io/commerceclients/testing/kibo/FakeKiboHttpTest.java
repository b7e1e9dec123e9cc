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
