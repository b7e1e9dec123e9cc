package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The physical-store uploads of {@link FakeKiliba}: sessions, the bytes received on the fake
 * pre-signed storage URL, and the stage each upload is in. Thread-safe.
 *
 * <p>After completion, each status read moves an upload one stage on: {@code detect} (status
 * {@code uploaded}), then {@code detect} with the dataset detected, {@code parse}, {@code publish}
 * (status {@code processing}), and finally {@code done} (status {@code completed}, with row counts
 * and one output). A file without data rows ends {@code failed}. These names are this SDK's reading
 * of Kiliba's conventions; only {@code created}, {@code detect} and {@code pending} are documented.
 */
public final class FakeKilibaUploads {

  /** The path prefix of the fake pre-signed storage URLs. */
  static final String STORAGE_PREFIX = "/_fake-s3/uploads/";

  private static final List<String> STAGES = List.of("detect", "detect", "parse", "publish", "done");

  /**
   * What the fake storage received for one upload.
   *
   * @param bytes the file's bytes
   * @param contentType the {@code Content-Type} of the PUT, or null
   * @param headers the names of every header of the PUT, lower case
   */
  public record StoredFile(byte[] bytes, @Nullable String contentType, List<String> headers) {}

  private static final class Upload {
    final ObjectNode request;
    final String id;
    final String signature = UUID.randomUUID().toString().replace("-", "");
    @Nullable StoredFile file;
    boolean completed;
    int reads;

    Upload(String id, ObjectNode request) {
      this.id = id;
      this.request = request;
    }
  }

  private final Clock clock;
  private final Map<String, Upload> uploads = new LinkedHashMap<>();
  private final List<String> rejectedStorageRequests = new ArrayList<>();

  FakeKilibaUploads(Clock clock) {
    this.clock = clock;
  }

  /** Returns what the fake storage received for this upload, if the file was sent. */
  public synchronized Optional<StoredFile> storedFile(String uploadId) {
    return Optional.ofNullable(uploads.get(uploadId)).map(u -> u.file);
  }

  /** Returns the ids of every upload session, in creation order. */
  public synchronized List<String> uploadIds() {
    return new ArrayList<>(uploads.keySet());
  }

  /** Returns the reasons of every storage request the fake refused (for example, one with an API key). */
  public synchronized List<String> rejectedStorageRequests() {
    return new ArrayList<>(rejectedStorageRequests);
  }

  /** Forgets every upload. */
  public synchronized void clear() {
    uploads.clear();
    rejectedStorageRequests.clear();
  }

  synchronized ObjectNode create(JsonNode body, String baseUrl) {
    if (!body.isObject() || !body.path("filename").isTextual() || body.path("filename").asText().isEmpty()) {
      throw FakeKilibaError.badRequest("filename should not be empty");
    }
    if (body.has("size") && (!body.get("size").isNumber() || body.get("size").asLong() < 0)) {
      throw FakeKilibaError.badRequest("size must not be less than 0");
    }
    checkSourceConfig(body.get("sourceConfig"));
    String id = UUID.randomUUID().toString();
    Upload upload = new Upload(id, (ObjectNode) body.deepCopy());
    uploads.put(id, upload);
    ObjectNode answer = KilibaFakeJson.MAPPER.createObjectNode();
    answer.put("uploadId", id);
    answer.put("status", "created");
    answer.put("s3Key", s3Key(upload));
    answer.put("presignedUrl", baseUrl + STORAGE_PREFIX + id + "?X-Amz-Signature=" + upload.signature);
    answer.put("expiresAt", clock.instant().plus(Duration.ofMinutes(15)).toString());
    return answer;
  }

  /** Refuses a {@code sourceConfig} whose ids are not strings, the only type Kiliba's reference gives them. */
  private static void checkSourceConfig(JsonNode config) {
    if (config == null || config.isNull()) {
      return;
    }
    if (!config.isObject()) {
      throw FakeKilibaError.badRequest("sourceConfig must be an object");
    }
    for (String list : List.of("shopIds", "customerGroupIds")) {
      JsonNode ids = config.get(list);
      if (ids != null && !ids.isNull()) {
        boolean strings = ids.isArray();
        for (JsonNode id : ids) {
          strings &= id.isTextual();
        }
        if (!strings) {
          throw FakeKilibaError.badRequest("sourceConfig.each value in " + list + " must be a string");
        }
      }
    }
    for (String single : List.of("defaultShopId", "defaultCustomerGroupId", "langIsoCode")) {
      JsonNode id = config.get(single);
      if (id != null && !id.isNull() && !id.isTextual()) {
        throw FakeKilibaError.badRequest("sourceConfig." + single + " must be a string");
      }
    }
  }

  /** Stores the PUT body, refusing any request that carries Kiliba (or any) credentials. */
  synchronized void store(String uploadId, String signature, Map<String, String> headers, byte[] bytes) {
    Upload upload = uploads.get(uploadId);
    if (upload == null || !upload.signature.equals(signature)) {
      rejectedStorageRequests.add("bad signature for " + uploadId);
      throw new FakeKilibaError(403, "SignatureDoesNotMatch");
    }
    for (String credential : List.of("x-api-key", "authorization")) {
      if (headers.containsKey(credential)) {
        rejectedStorageRequests.add(credential + " header sent to storage for " + uploadId);
        throw new FakeKilibaError(400, "A pre-signed URL request must not carry the " + credential + " header");
      }
    }
    upload.file = new StoredFile(bytes.clone(), headers.get("content-type"), new ArrayList<>(headers.keySet()));
  }

  synchronized ObjectNode complete(String uploadId) {
    Upload upload = find(uploadId);
    if (upload.file == null) {
      throw FakeKilibaError.badRequest("The raw file of upload " + uploadId + " has not been uploaded");
    }
    long declared = upload.request.path("size").asLong(0);
    if (declared > 0 && declared != upload.file.bytes().length) {
      throw FakeKilibaError.badRequest(
          "Uploaded file size " + upload.file.bytes().length + " does not match the declared size " + declared);
    }
    upload.completed = true;
    upload.reads = 0;
    return status(upload);
  }

  synchronized ObjectNode read(String uploadId) {
    Upload upload = find(uploadId);
    if (upload.completed && upload.reads < STAGES.size() - 1) {
      upload.reads++;
    }
    return status(upload);
  }

  private Upload find(String uploadId) {
    Upload upload = uploads.get(uploadId);
    if (upload == null) {
      throw FakeKilibaError.notFound("Upload " + uploadId + " not found");
    }
    return upload;
  }

  private ObjectNode status(Upload upload) {
    ObjectNode s = KilibaFakeJson.MAPPER.createObjectNode();
    s.put("uploadId", upload.id);
    for (String hint : List.of("datasetType", "adapterKey", "adapterVersion")) {
      if (upload.request.hasNonNull(hint)) {
        s.set(hint, upload.request.get(hint));
      }
    }
    if (!upload.completed) {
      s.put("status", "created");
      return s;
    }
    String stage = STAGES.get(upload.reads);
    s.put("currentStage", stage);
    if (upload.reads == 0) {
      s.put("status", "uploaded");
      s.put("detectionStatus", "pending");
      return s;
    }
    String dataset = upload.request.path("datasetType").asText("customers");
    s.put("detectionStatus", "detected");
    s.put("detectedDatasetType", dataset);
    s.put("detectedAdapterKey", upload.request.path("adapterKey").asText("retail-tsv"));
    s.put("detectedAdapterVersion", upload.request.path("adapterVersion").asText("v1"));
    s.put("detectedParserKey", "tsv");
    s.put("detectedParserVersion", "v1");
    s.putArray("detectedDatasets").add(dataset);
    s.put("latestAttemptId", UUID.nameUUIDFromBytes(upload.id.getBytes(StandardCharsets.UTF_8)).toString());
    if (!"done".equals(stage)) {
      s.put("status", "processing");
      return s;
    }
    long[] rows = countRows(upload);
    if (rows[0] == 0) {
      s.put("status", "failed");
      s.put("currentStage", "parse");
      s.putObject("detectionError").put("message", "The file has no data rows");
      return s;
    }
    s.put("status", "completed");
    s.put("rowsTotal", rows[0]);
    s.put("rowsAccepted", rows[1]);
    s.put("rowsRejected", rows[0] - rows[1]);
    s.put("reportS3Key", s3Key(upload) + ".report.json");
    ObjectNode output = s.putArray("outputs").addObject();
    output.put("datasetType", dataset);
    output.put("topic", "import." + dataset);
    output.put("canonicalS3Key", s3Key(upload) + "." + dataset + ".canonical.jsonl");
    output.put("rejectsS3Key", s3Key(upload) + "." + dataset + ".rejects.jsonl");
    output.put("rowsTotal", rows[0]);
    output.put("rowsAccepted", rows[1]);
    output.put("rowsRejected", rows[0] - rows[1]);
    output.putObject("validationSummary").put("invalidColumnCount", rows[0] - rows[1]);
    output.putObject("publishSummary").put("published", rows[1]);
    output.put("status", "published");
    return s;
  }

  /** Counts data rows (lines after the header) and the rows with as many fields as the header. */
  private static long[] countRows(Upload upload) {
    String text = new String(upload.file.bytes(), StandardCharsets.UTF_8);
    String separator = upload.request.path("contentType").asText("text/tab-separated-values").contains("csv") ? "," : "\t";
    String[] lines = text.split("\r?\n");
    if (lines.length < 2) {
      return new long[] {0, 0};
    }
    int columns = lines[0].split(separator, -1).length;
    long total = 0;
    long accepted = 0;
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      total++;
      if (lines[i].split(separator, -1).length == columns) {
        accepted++;
      }
    }
    return new long[] {total, accepted};
  }

  private static String s3Key(Upload upload) {
    return "physical-stores/fake-account/" + upload.id + "/" + upload.request.path("filename").asText();
  }
}
