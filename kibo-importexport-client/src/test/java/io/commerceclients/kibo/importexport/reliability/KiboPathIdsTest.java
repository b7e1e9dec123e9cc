package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.resetAllRequests;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/**
 * Every operation that puts an id in its path, with ids holding '/', '?', '#', '%', a space and
 * non-ASCII letters: the request goes to that operation's path with the id as one percent-encoded
 * segment, never to another path, and no query is added.
 */
@WireMockTest
class KiboPathIdsTest extends KiboWireBase {

  private static final List<String> IDS = List.of("a/b", "a?b=c", "a#b", "%2e%2e", "..%2F", "a b", "é✓");

  @Test
  void everyIdBearingOperationKeepsTheIdInOneSegmentOfItsOwnPath() {
    stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("{\"id\":\"x\",\"code\":\"x\"}")));
    Map<String, BiConsumer<KiboImportExportClient, String>> operations = new LinkedHashMap<>();
    operations.put("GET /api/platform/data/import/", (c, id) -> c.imports().get(id));
    operations.put("DELETE /api/platform/data/import/", (c, id) -> c.imports().delete(id));
    operations.put("GET /api/platform/data/export/", (c, id) -> c.exports().get(id));
    operations.put("DELETE /api/platform/data/export/", (c, id) -> c.exports().delete(id));
    operations.put("GET /api/platform/data/files/", (c, id) -> c.files().get(id));
    operations.put("GET /api/platform/data/batchJob/", (c, id) -> c.batchJobs().get(id));
    operations.put("GET /api/platform/data/batchJob/actions/", (c, id) -> c.batchJobs().summary(id));
    KiboImportExportClient client = client();

    for (Map.Entry<String, BiConsumer<KiboImportExportClient, String>> op : operations.entrySet()) {
      for (String id : IDS) {
        resetAllRequests();
        op.getValue().accept(client, id);
        String url = getAllServeEvents().stream().map(e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
            .filter(u -> !u.contains("authtickets")).findFirst().orElseThrow();
        assertTrue(url.startsWith(op.getKey()), url);
        String rest = url.substring(op.getKey().length());
        String segment = op.getKey().endsWith("actions/") ? rest.replaceFirst("/summary$", "") : rest;
        assertTrue(segment.matches("[^/?#]+"), () -> op.getKey() + " with " + id + " went to " + url);
        assertEquals(id, java.net.URLDecoder.decode(segment.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8), url);
      }
    }
  }

  @Test
  void theContentAndPublicLinkOfAFileKeepTheIdInOneSegment() {
    stubFor(any(anyUrl()).atPriority(10).willReturn(okJson("\"" + base + "/signed\"")));
    for (String id : IDS) {
      resetAllRequests();
      client().files().download(id, new ByteArrayOutputStream());
      client().files().publicLink(id);
      List<String> urls = getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
          .filter(u -> u.startsWith("/api/platform/data/files/")).toList();
      assertEquals(2, urls.size(), urls::toString);
      for (String url : urls) {
        assertTrue(url.matches("/api/platform/data/files/[^/?#]+/(content|generatelink\\?hourDuration=24)"), url);
      }
    }
  }
}
