package io.commerceclients.testing.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.FakeHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Requests an attacker (or a broken client) sends: each gets a 4xx in the API's own error shape, never a 500 or a dropped connection. */
class HostileRequestsTest {

  @RegisterExtension
  static FakeKiliba kiliba = new FakeKiliba();
  @RegisterExtension
  static FakeKarla karla = new FakeKarla();
  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  @BeforeEach
  void clean() {
    kiliba.reset();
    karla.reset();
    kibo.reset();
  }

  /** An answer read off a raw socket: status line code and body. */
  record Answer(int status, String body) {}

  static Answer raw(FakeHttpServer server, String method, String target, String headers, byte[] body) throws IOException {
    URI base = URI.create(server.baseUrl());
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      String head = method + " " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + headers
          + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
      out.write(head.getBytes(StandardCharsets.ISO_8859_1));
      if (body != null) {
        out.write(body);
      }
      out.flush();
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      String text = all.toString(StandardCharsets.UTF_8);
      if (text.isEmpty()) {
        return new Answer(-1, "");
      }
      int status = Integer.parseInt(text.substring(9, 12));
      int split = text.indexOf("\r\n\r\n");
      return new Answer(status, split < 0 ? "" : text.substring(split + 4));
    }
  }

  static final String BATCH = "/api/platform/data/batchJob";

  static String kilibaKey() {
    return "X-API-Key: " + kiliba.apiKey() + "\r\n";
  }

  static String karlaAuth() {
    return "Authorization: Basic " + Base64.getEncoder().encodeToString(
        (karla.username() + ":" + karla.apiKey()).getBytes(StandardCharsets.UTF_8)) + "\r\n";
  }

  static String kiboAuth() throws IOException {
    return kiboAuth(kibo);
  }

  static String kiboAuth(FakeKibo kibo) throws IOException {
    String body = "{\"client_id\":\"" + kibo.clientId() + "\",\"client_secret\":\"" + kibo.sharedSecret() + "\"}";
    Answer token = raw(kibo, "POST", "/api/platform/applications/authtickets/oauth", "Content-Type: application/json\r\n",
        body.getBytes(StandardCharsets.UTF_8));
    String t = token.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    return "Authorization: Bearer " + t + "\r\n";
  }

  static void assertClientError(Answer answer, String... fragments) {
    assertTrue(answer.status() >= 400 && answer.status() < 500, () -> "status " + answer.status() + ": " + answer.body());
    assertFalse(answer.body().contains("Exception"), answer.body());
    assertFalse(answer.body().contains("fake failed"), answer.body());
    for (String fragment : fragments) {
      assertTrue(answer.body().contains(fragment), () -> "no '" + fragment + "' in " + answer.body());
    }
  }

  /** The JDK server itself refuses a target that is not a URI, before any fake sees it: a 400, never a hang. */
  @Test
  void badPercentEncodingInTheTargetIsA400FromTheServer() throws IOException {
    assertEquals(400, raw(kiliba, "GET", "/client/v1/customers/paginated?limit=%zz", kilibaKey(), null).status());
    assertEquals(400, raw(karla, "GET", "/v1/shops/gokarla/orders?page=%e", karlaAuth(), null).status());
    assertEquals(400, raw(kibo, "GET", "/api/platform/data/files/%G1", kiboAuth(), null).status());
  }

  /** A body that claims a gigabyte: the fake answers 413 once past the limit, without reading (or keeping) the rest. */
  @Test
  void kilibaImportThatClaimsAGigabyteIsA413WithoutReadingItAll() throws Exception {
    URI base = URI.create(kiliba.baseUrl());
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), base.getPort())) {
      socket.setSoTimeout(20_000);
      OutputStream out = socket.getOutputStream();
      out.write(("POST /client/v1/import/products HTTP/1.1\r\nHost: localhost\r\n" + kilibaKey()
          + "Content-Type: application/json\r\nContent-Length: 1000000000\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
      Thread writer = new Thread(() -> {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) ' ');
        try {
          out.write('[');
          for (int i = 0; i < 200; i++) {
            out.write(chunk);
          }
        } catch (IOException closedByTheFake) {
          // expected once the fake has answered
        }
      });
      writer.start();
      String status = new String(socket.getInputStream().readNBytes(12), StandardCharsets.ISO_8859_1);
      writer.join(20_000);
      assertEquals("HTTP/1.1 413", status);
    }
    assertEquals(1, kiliba.requests().size());
    assertEquals(0, kiliba.imports().requests(io.commerceclients.testing.kiliba.FakeKilibaImports.Resource.PRODUCTS).size());
  }

  @Test
  void kilibaUnknownStatusFilterIsA400() throws IOException {
    assertClientError(raw(kiliba, "GET", "/client/v1/customers/paginated?statuses=vip", kilibaKey(), null), "statuses");
  }

  @Test
  void kilibaImportWithAnIdThatIsAnObjectIsA400() throws IOException {
    assertClientError(raw(kiliba, "POST", "/client/v1/import/customer-groups", kilibaKey() + "Content-Type: application/json\r\n",
        "[{\"id\":{\"a\":1},\"name\":\"x\"}]".getBytes(StandardCharsets.UTF_8)), "0.id");
  }

  @Test
  void kilibaMetadataOverTwoKilobytesIsA400() throws IOException {
    String big = "x".repeat(2100);
    assertClientError(raw(kiliba, "POST", "/client/v1/import/customer-groups", kilibaKey() + "Content-Type: application/json\r\n",
        ("[{\"id\":1,\"name\":\"x\",\"metadata\":{\"k\":\"" + big + "\"}}]").getBytes(StandardCharsets.UTF_8)), "metadata");
  }

  @Test
  void kilibaDeeplyNestedJsonIsA400() throws IOException {
    byte[] body = ("{\"customer_emails\":" + "[".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    assertClientError(raw(kiliba, "POST", "/client/v1/customers/blacklist", kilibaKey(), body), "statusCode");
  }

  @Test
  void kilibaInvalidUtf8JsonIsA400() throws IOException {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    assertClientError(raw(kiliba, "POST", "/client/v1/transactional-emails/send", kilibaKey(), body));
  }

  @Test
  void kilibaWrongMethodOnAKnownPathIsA404AsExpressAnswers() throws IOException {
    assertClientError(raw(kiliba, "DELETE", "/client/v1/customers/paginated", kilibaKey(), null), "Cannot DELETE");
  }

  @Test
  void karlaUnknownRouteIsFastApisNotFound() throws IOException {
    Answer answer = raw(karla, "GET", "/v1/nothing-here", karlaAuth(), null);
    assertEquals(404, answer.status());
    assertEquals("{\"detail\":\"Not Found\"}", answer.body());
  }

  @Test
  void karlaWrongMethodOnAKnownPathIsFastApis405() throws IOException {
    Answer answer = raw(karla, "DELETE", "/v1/shops/gokarla/orders", karlaAuth(), null);
    assertEquals(405, answer.status());
    assertEquals("{\"detail\":\"Method Not Allowed\"}", answer.body());
  }

  @Test
  void karlaHugePageNumberIsAnEmptyPage() throws IOException {
    Answer answer = raw(karla, "GET", "/v1/shops/gokarla/orders?page=9223372036854775807&per_page=100", karlaAuth(), null);
    assertEquals(200, answer.status(), answer.body());
    assertEquals("[]", answer.body());
  }

  @Test
  void karlaBodyThatIsNotJsonIs422() throws IOException {
    Answer answer = raw(karla, "POST", "/v1/shops/gokarla/orders", karlaAuth() + "Content-Type: application/json\r\n",
        "not json".getBytes(StandardCharsets.UTF_8));
    assertEquals(422, answer.status(), answer.body());
  }

  @Test
  void karlaWrongPasswordIs400InvalidCredentials() throws IOException {
    String auth = "Authorization: Basic " + Base64.getEncoder().encodeToString("gokarla:wrong".getBytes(StandardCharsets.UTF_8)) + "\r\n";
    assertClientError(raw(karla, "GET", "/v1/shops/gokarla/orders", auth, null), "invalid_credentials");
  }

  @Test
  void karlaBasicHeaderThatIsNotBase64IsRefused() throws IOException {
    assertClientError(raw(karla, "GET", "/v1/shops/gokarla/orders", "Authorization: Basic %%%\r\n", null));
  }

  @Test
  void kiboUnknownRouteIsKibosErrorBody() throws IOException {
    assertClientError(raw(kibo, "GET", "/api/platform/data/nothing", kiboAuth(), null), "errorCode");
  }

  @Test
  void kiboHugeStartIndexIsA400OrEmpty() throws IOException {
    Answer answer = raw(kibo, "GET", "/api/platform/data/import?startIndex=99999999999", kiboAuth(), null);
    assertClientError(answer, "errorCode");
  }

  @Test
  void kiboNegativeLinkDurationIsA400() throws IOException {
    assertClientError(raw(kibo, "POST", "/api/platform/data/files/nope/generatelink?hourDuration=-3", kiboAuth(), new byte[0]),
        "errorCode");
  }

  @Test
  void kiboGarbageFilterIsA400() throws IOException {
    assertClientError(raw(kibo, "GET", "/api/platform/data/import?filter=" + "(((((((((" , kiboAuth(), null), "errorCode");
  }

  @Test
  void kiboGarbageResponseFieldsIsA400() throws IOException {
    assertClientError(raw(kibo, "GET", "/api/platform/data/import?responseFields=items(((", kiboAuth(), null), "errorCode");
  }

  @Test
  void kiboTokenBodyThatIsNotJsonIsA400() throws IOException {
    assertClientError(raw(kibo, "POST", "/api/platform/applications/authtickets/oauth", "Content-Type: application/json\r\n",
        "{{".getBytes(StandardCharsets.UTF_8)), "errorCode");
  }

  @Test
  void kiboJobBodyThatIsAnArrayIsA400() throws IOException {
    assertClientError(raw(kibo, "POST", "/api/platform/data/import", kiboAuth() + "Content-Type: application/json\r\n",
        "[1,2]".getBytes(StandardCharsets.UTF_8)), "errorCode");
  }

  @Test
  void kiboJobBodyThatIsJsonNullIsA400() throws IOException {
    assertClientError(raw(kibo, "POST", "/api/platform/data/export", kiboAuth() + "Content-Type: application/json\r\n",
        "null".getBytes(StandardCharsets.UTF_8)), "errorCode");
  }

  @Test
  void kiboBatchJobBodiesThatAreNotObjectsAreA400() throws IOException {
    String auth = kiboAuth() + "Content-Type: application/json\r\n";
    for (String path : new String[] {BATCH, BATCH + "/actions/nope/items", BATCH + "/actions/nope"}) {
      for (String body : new String[] {"null", "[]", "\"x\"", "{\"items\":7}", "{\"name\":{}}"}) {
        Answer a = raw(kibo, "POST", path, auth, body.getBytes(StandardCharsets.UTF_8));
        assertTrue(a.status() != 500 && a.status() != -1, () -> path + " " + body + " -> " + a);
      }
    }
  }
}
