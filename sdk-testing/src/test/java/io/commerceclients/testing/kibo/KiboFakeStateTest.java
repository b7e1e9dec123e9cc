package io.commerceclients.testing.kibo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KiboFakeStateTest {
  private final ObjectMapper json = new ObjectMapper();
  private final KiboFakeState state = new KiboFakeState("id", "secret", 1234);

  @AfterEach
  void cleanUp() {
    state.deleteStorage();
  }

  private static byte[] zip(String entry, String content) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private ObjectNode importJob(String fileId, String resource) throws Exception {
    return (ObjectNode) json.readTree(
        "{\"domain\":\"catalog\",\"resources\":[{\"resource\":\"" + resource + "\"}],"
            + "\"files\":[{\"id\":\"" + fileId + "\",\"locationType\":\"internal\"}]}");
  }

  @Test
  void importMovesFromPendingToProcessingToCompleteAndAppliesRows() throws Exception {
    KiboFakeState.StoredFile upload = state.storeUpload("t.zip", "import", new ByteArrayInputStream(
        zip("locationtypes.csv", "LocationTypeCode,LocationTypeName\r\nWH,Warehouse\r\nST,\"Store, big\"\r\n")));
    ObjectNode created = state.createJob("import", importJob(upload.id, "LocationTypes"));
    String id = created.path("id").asText();
    assertEquals("pending", created.path("status").asText());

    JsonNode first = state.getJob("import", id);
    assertEquals("processing", first.path("status").asText());
    assertFalse(first.path("isComplete").asBoolean());

    JsonNode done = state.getJob("import", id);
    assertEquals("complete", done.path("status").asText());
    assertTrue(done.path("isComplete").asBoolean());
    assertEquals("log", done.path("files").get(1).path("fileType").asText());
    assertEquals(
        List.of(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"),
            Map.of("LocationTypeCode", "ST", "LocationTypeName", "Store, big")),
        state.rows("locationtypes"));
  }

  @Test
  void nonZipUploadEndsErroredWithALog() throws Exception {
    KiboFakeState.StoredFile upload = state.storeUpload("t.zip", "import",
        new ByteArrayInputStream("plain text".getBytes(StandardCharsets.UTF_8)));
    String id = state.createJob("import", importJob(upload.id, "Products")).path("id").asText();
    state.getJob("import", id);
    JsonNode done = state.getJob("import", id);

    assertEquals("errored", done.path("status").asText());
    assertTrue(done.path("statusMessage").asText().contains("not a ZIP"));
    String logId = done.path("files").get(1).path("id").asText();
    String log = Files.readString(state.file(logId).path);
    assertTrue(log.contains("End of Central Directory"), log);
  }

  @Test
  void missingRequiredColumnEndsErroredNamingTheColumn() throws Exception {
    KiboFakeState.StoredFile upload = state.storeUpload("t.zip", "import", new ByteArrayInputStream(
        zip("LocationTypes.csv", "LocationTypeCode\r\nWH\r\n")));
    String id = state.createJob("import", importJob(upload.id, "LocationTypes")).path("id").asText();
    state.getJob("import", id);
    JsonNode done = state.getJob("import", id);

    assertEquals("errored", done.path("status").asText());
    assertEquals("errored", done.path("resources").get(0).path("status").asText());
    assertEquals("LocationTypes.csv lacks the required column 'LocationTypeName'",
        done.path("resources").get(0).path("stateDetails").asText());
    assertTrue(state.rows("LocationTypes").isEmpty());
  }

  @Test
  void exportWritesSeededRowsIntoARealZip() throws Exception {
    state.seed("Products", List.of(Map.of("MasterCatalogName", "Main", "ProductCode", "007", "UPC", "0123")));
    String id = state.createJob("export", json.readTree(
        "{\"domain\":\"catalog\",\"resources\":[{\"resource\":\"Products\",\"fields\":[\"UPC\"]}]}"))
        .path("id").asText();
    state.getJob("export", id);
    JsonNode done = state.getJob("export", id);
    assertEquals("complete", done.path("status").asText());
    JsonNode file = done.path("files").get(0);
    assertEquals("export", file.path("fileType").asText());

    try (InputStream in = Files.newInputStream(state.file(file.path("id").asText()).path);
        ZipInputStream zip = new ZipInputStream(in)) {
      assertEquals("products.csv", zip.getNextEntry().getName());
      String csv = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(csv.startsWith("MasterCatalogName,ProductCode,ProductType,"), csv);
      assertTrue(csv.contains("Main,007,,,,,,,,,,0123\r\n"), csv);
    }
  }

  @Test
  void tokensExpireAndBadSecretsAreRejected() throws Exception {
    KiboFakeError bad = assertThrows(KiboFakeError.class, () -> state.issueToken(
        json.readTree("{\"client_id\":\"id\",\"client_secret\":\"nope\",\"grant_type\":\"client_credentials\"}")));
    assertEquals(401, bad.status);

    String token = state.issueToken(json.readTree(
        "{\"client_id\":\"id\",\"client_secret\":\"secret\",\"grant_type\":\"client_credentials\"}"))
        .path("access_token").asText();
    state.checkToken("Bearer " + token);
    state.expireTokens();
    assertThrows(KiboFakeError.class, () -> state.checkToken("Bearer " + token));
  }
}
