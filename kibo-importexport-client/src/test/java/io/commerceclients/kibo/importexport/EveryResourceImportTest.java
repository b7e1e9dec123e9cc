package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.ContextOverride;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RecordedRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One import of every resource of a domain, written with {@link KiboCsvWriter} and every documented
 * column: the uploaded ZIP holds one entry per resource under the guide's file name with the header
 * the field list gives, the created job names each resource (customer ones in the documented
 * processing order) and the uploaded file, and every column reaches Kibo's rows.
 */
class EveryResourceImportTest {

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  @BeforeEach
  void reset() {
    kibo.reset();
  }

  @Test
  void everyCatalogResource(KiboImportExportClient client) throws IOException {
    List<KiboResource> resources = KiboResource.ofDomain(Domain.CATALOG);
    writeEvery(resources);

    client.imports().run(ImportRequest.builder().domain(Domain.CATALOG).directory(dir)
        .contextOverride(ContextOverride.builder().masterCatalog(2).catalog(5).site(54321).locale("en-US").currency("USD").build())
        .build());

    JsonNode job = assertShipped(resources);
    assertEquals("catalog", job.get("domain").asText());
    JsonNode override = job.get("contextOverride");
    assertEquals(2, override.get("masterCatalog").asInt());
    assertEquals("en-US", override.get("locale").asText());
    assertEquals(54321, override.get("site").asInt());
  }

  @Test
  void everyCustomerResourceInTheProcessingOrder(KiboImportExportClient client) throws IOException {
    List<KiboResource> resources = new ArrayList<>(KiboResource.ofDomain(Domain.CUSTOMER));
    java.util.Collections.reverse(resources);
    writeEvery(resources);

    client.imports().run(ImportRequest.builder().domain(Domain.CUSTOMER).directory(dir).build());

    JsonNode job = assertShipped(resources);
    assertEquals("customer", job.get("domain").asText());
    assertEquals(List.of("CustomerSegments", "CustomerAccounts", "CustomerContacts", "PurchaseOrderAccounts",
        "PurchaseOrderPaymentTerms", "PurchaseOrderTransactions", "StoreCredits", "StoreCreditTransactions",
        "CustomerAttributes"), names(job.get("resources")));
  }

  private void writeEvery(List<KiboResource> resources) {
    for (KiboResource resource : resources) {
      try (KiboCsvWriter csv = KiboCsvWriter.forResource(resource).allOptionalColumns().open(dir.resolve(resource.fileName()))) {
        csv.writeRow(row(resource));
      }
    }
  }

  private static Map<String, String> row(KiboResource resource) {
    Map<String, String> row = new LinkedHashMap<>();
    resource.requiredFields().forEach(f -> row.put(f, "r-" + f));
    resource.optionalFields().forEach(f -> row.put(f, "o-" + f));
    return row;
  }

  /** Asserts the ZIP entries and rows, and returns the created job's body. */
  private static JsonNode assertShipped(List<KiboResource> resources) throws IOException {
    RecordedRequest upload = only("POST", "/api/platform/data/files");
    assertEquals("application/octet-stream", upload.header("Content-Type").orElseThrow());
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(upload.body()))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertEquals(resources.stream().map(KiboResource::fileName).sorted().collect(Collectors.toList()),
        entries.keySet().stream().sorted().collect(Collectors.toList()));
    for (KiboResource resource : resources) {
      List<String> columns = new ArrayList<>(resource.requiredFields());
      columns.addAll(resource.optionalFields());
      String csv = entries.get(resource.fileName());
      assertEquals(String.join(",", columns) + "\r\n" + String.join(",", row(resource).values()) + "\r\n", csv, resource.value());
      assertEquals(List.of(row(resource)), kibo.rows(resource.value()), resource.value());
    }

    JsonNode job = new ObjectMapper().readTree(only("POST", "/api/platform/data/import").body());
    assertEquals(resources.stream().map(KiboResource::value).sorted().collect(Collectors.toList()),
        names(job.get("resources")).stream().sorted().collect(Collectors.toList()));
    assertEquals(1, job.get("files").size());
    assertTrue(job.get("files").get(0).get("id").asText().length() > 0);
    return job;
  }

  private static List<String> names(JsonNode resources) {
    List<String> names = new ArrayList<>();
    resources.forEach(r -> names.add(r.get("resource").asText()));
    return names;
  }

  private static RecordedRequest only(String method, String path) {
    List<RecordedRequest> found = kibo.requests(r -> r.method().equals(method) && r.path().equals(path));
    assertEquals(1, found.size(), () -> method + " " + path + ": " + kibo.requests());
    return found.get(0);
  }
}
