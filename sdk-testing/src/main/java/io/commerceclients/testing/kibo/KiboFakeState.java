package io.commerceclients.testing.kibo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;

/** Everything the fake Kibo remembers: credentials, tokens, files on disk, jobs, data, links. */
final class KiboFakeState {

  static final class StoredFile {
    final String id;
    final String fileName;
    final String fileType;
    final Path path;

    StoredFile(String id, String fileName, String fileType, Path path) {
      this.id = id;
      this.fileName = fileName;
      this.fileType = fileType;
      this.path = path;
    }
  }

  static final class Job {
    final String kind;
    final String id;
    final ObjectNode request;
    final Instant created;
    int gets;
    int getsSinceDone;
    String status = "pending";
    boolean complete;
    String statusMessage;
    final Map<String, String> resourceStatus = new LinkedHashMap<>();
    final Map<String, String> resourceDetails = new LinkedHashMap<>();
    final List<StoredFile> inputFiles = new ArrayList<>();
    final List<StoredFile> outputFiles = new ArrayList<>();

    Job(String kind, String id, ObjectNode request, Instant created) {
      this.kind = kind;
      this.id = id;
      this.request = request;
      this.created = created;
    }
  }

  private static final class Link {
    final String fileId;
    final Instant expiresAt;

    Link(String fileId, Instant expiresAt) {
      this.fileId = fileId;
      this.expiresAt = expiresAt;
    }
  }

  private final ObjectMapper json = new ObjectMapper();
  private final Path storage;
  private final AtomicLong fileCounter = new AtomicLong();
  private final Map<String, Instant> tokens = new HashMap<>();
  private final Map<String, StoredFile> files = new LinkedHashMap<>();
  private final Map<String, Job> importJobs = new LinkedHashMap<>();
  private final Map<String, Job> exportJobs = new LinkedHashMap<>();
  private final Map<String, List<Map<String, String>>> data = new LinkedHashMap<>();
  private final Map<String, Link> links = new HashMap<>();

  final String clientId;
  private final String clientSecret;
  final long tenantId;
  Clock clock = Clock.systemUTC();
  Duration offset = Duration.ZERO;
  Duration tokenLifetime = Duration.ofHours(1);
  Duration maxLinkLifetime;
  int pollsUntilDone = 2;
  int pollsBeforeFilesAppear;
  IntConsumer onJobGet = n -> {};

  KiboFakeState(String clientId, String clientSecret, long tenantId) {
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.tenantId = tenantId;
    try {
      this.storage = Files.createTempDirectory("fake-kibo-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Path storage() {
    return storage;
  }

  /** Forgets tokens, files (deleting them), links, jobs and rows, and puts the test settings back to their defaults. */
  synchronized void reset() {
    tokens.clear();
    for (StoredFile file : files.values()) {
      try {
        Files.deleteIfExists(file.path);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot delete " + file.path, e);
      }
    }
    files.clear();
    importJobs.clear();
    exportJobs.clear();
    data.clear();
    links.clear();
    clock = Clock.systemUTC();
    offset = Duration.ZERO;
    tokenLifetime = Duration.ofHours(1);
    maxLinkLifetime = null;
    pollsUntilDone = 2;
    pollsBeforeFilesAppear = 0;
    onJobGet = n -> {};
  }

  synchronized Instant now() {
    return clock.instant().plus(offset);
  }

  // ---- auth

  synchronized ObjectNode issueToken(JsonNode body) {
    String id = body.path("client_id").asText("");
    String secret = body.path("client_secret").asText("");
    if (!"client_credentials".equals(body.path("grant_type").asText("client_credentials"))) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "grant_type must be client_credentials");
    }
    if (!clientId.equals(id) || !clientSecret.equals(secret)) {
      throw new KiboFakeError(401, "UNAUTHORIZED", "Invalid client id or shared secret");
    }
    String token = "fake-" + UUID.randomUUID();
    tokens.put(token, now().plus(tokenLifetime));
    ObjectNode answer = json.createObjectNode();
    answer.put("access_token", token);
    answer.put("token_type", "Bearer");
    answer.put("expires_in", tokenLifetime.getSeconds());
    answer.put("refresh_token", "refresh-" + UUID.randomUUID());
    return answer;
  }

  synchronized void checkToken(String authorization) {
    if (authorization == null || !authorization.startsWith("Bearer ")) {
      throw new KiboFakeError(401, "UNAUTHORIZED", "Missing bearer token");
    }
    Instant expiresAt = tokens.get(authorization.substring("Bearer ".length()));
    if (expiresAt == null || !now().isBefore(expiresAt)) {
      throw new KiboFakeError(401, "UNAUTHORIZED", "The access token is invalid or expired");
    }
  }

  synchronized void expireTokens() {
    tokens.replaceAll((token, expiry) -> Instant.EPOCH);
  }

  synchronized int tokensIssued() {
    return tokens.size();
  }

  // ---- files

  StoredFile storeUpload(String fileName, String fileType, InputStream body) {
    String id = UUID.randomUUID().toString();
    Path path = storage.resolve("f" + fileCounter.incrementAndGet());
    try {
      Files.copy(body, path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoredFile file = new StoredFile(id, fileName, fileType, path);
    synchronized (this) {
      files.put(id, file);
    }
    return file;
  }

  synchronized StoredFile file(String id) {
    StoredFile file = files.get(id);
    if (file == null) {
      throw new KiboFakeError(404, "ITEM_NOT_FOUND", "File " + id + " not found");
    }
    return file;
  }

  synchronized List<StoredFile> files() {
    return List.copyOf(files.values());
  }

  ObjectNode dropLocation(StoredFile file) {
    ObjectNode node = json.createObjectNode();
    node.put("id", file.id);
    node.put("locationType", "internal");
    node.put("fileName", file.fileName);
    node.put("fileType", file.fileType);
    return node;
  }

  synchronized String createLink(String fileId, int hourDuration, String baseUrl) {
    file(fileId);
    Duration lifetime = Duration.ofHours(Math.max(1, hourDuration));
    if (maxLinkLifetime != null && maxLinkLifetime.compareTo(lifetime) < 0) {
      lifetime = maxLinkLifetime;
    }
    String token = UUID.randomUUID().toString().replace("-", "");
    Instant expires = now().plus(lifetime);
    links.put(token, new Link(fileId, expires));
    return baseUrl + "/public-files/" + token + ".zip?Expires=" + expires.getEpochSecond()
        + "&Signature=" + token.substring(0, 12);
  }

  synchronized StoredFile linkedFile(String token) {
    Link link = links.get(token);
    if (link == null) {
      throw new KiboFakeError(403, "AccessDenied", "Invalid signature");
    }
    if (!now().isBefore(link.expiresAt)) {
      throw new KiboFakeError(403, "AccessDenied", "Request has expired");
    }
    return file(link.fileId);
  }

  // ---- data

  synchronized void seed(String resource, List<Map<String, String>> rows) {
    String name = canonical(resource);
    List<Map<String, String>> target = data.computeIfAbsent(name, k -> new ArrayList<>());
    for (Map<String, String> row : rows) {
      target.add(new LinkedHashMap<>(row));
    }
  }

  synchronized List<Map<String, String>> rows(String resource) {
    List<Map<String, String>> rows = data.getOrDefault(canonical(resource), List.of());
    List<Map<String, String>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(Map.copyOf(r)));
    return copy;
  }

  private static String canonical(String resource) {
    return KiboFieldList.find(resource).map(r -> r.name).orElse(resource);
  }

  // ---- jobs

  synchronized ObjectNode createJob(String kind, JsonNode body) {
    if (!body.isObject()) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "The body must be a JSON object");
    }
    if (body.path("domain").asText("").isEmpty()) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "domain is required");
    }
    JsonNode resources = body.path("resources");
    if (!resources.isArray() || resources.isEmpty()) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "resources must list at least one resource");
    }
    Job job = new Job(kind, UUID.randomUUID().toString(), (ObjectNode) body.deepCopy(), now());
    for (JsonNode r : resources) {
      String name = r.path("resource").asText("");
      if (name.isEmpty()) {
        throw new KiboFakeError(400, "VALIDATION_ERROR", "every resource needs a resource name");
      }
      JsonNode override = body.path("contextOverride");
      if (kind.equals("import") && name.equalsIgnoreCase("ProductImages")
          && (!override.isObject() || override.isEmpty())) {
        throw new KiboFakeError(400, "VALIDATION_ERROR", "contextOverride is required for a ProductImages import");
      }
      job.resourceStatus.put(name, "pending");
    }
    if (kind.equals("import")) {
      JsonNode fileRefs = body.path("files");
      if (!fileRefs.isArray() || fileRefs.isEmpty()) {
        throw new KiboFakeError(400, "VALIDATION_ERROR", "files must reference the uploaded ZIP");
      }
      for (JsonNode ref : fileRefs) {
        job.inputFiles.add(file(ref.path("id").asText("")));
      }
      importJobs.put(job.id, job);
    } else {
      exportJobs.put(job.id, job);
    }
    return render(job);
  }

  synchronized ObjectNode getJob(String kind, String id) {
    Job job = jobs(kind).get(id);
    if (job == null) {
      throw new KiboFakeError(404, "JOB_NOT_FOUND", "No " + kind + " job " + id);
    }
    job.gets++;
    onJobGet.accept(job.gets);
    if (job.complete) {
      job.getsSinceDone++;
    } else if (job.gets >= pollsUntilDone) {
      finish(job);
    } else {
      job.status = "processing";
      job.resourceStatus.replaceAll((k, v) -> "processing");
    }
    return render(job);
  }

  synchronized ArrayNode listJobs(String kind, int startIndex, int pageSize, KiboFilter filter) {
    ArrayNode array = json.createArrayNode();
    List<ObjectNode> kept = new ArrayList<>();
    for (Job job : jobs(kind).values()) {
      ObjectNode rendered = render(job);
      if (filter == null || filter.matches(rendered)) {
        kept.add(rendered);
      }
    }
    int size = pageSize <= 0 ? 20 : pageSize;
    for (int i = Math.max(0, startIndex); i < kept.size() && array.size() < size; i++) {
      array.add(kept.get(i));
    }
    return array;
  }

  synchronized void deleteJob(String kind, String id) {
    if (jobs(kind).remove(id) == null) {
      throw new KiboFakeError(404, "JOB_NOT_FOUND", "No " + kind + " job " + id);
    }
  }

  synchronized int jobCount(String kind) {
    return jobs(kind).size();
  }

  private Map<String, Job> jobs(String kind) {
    return kind.equals("import") ? importJobs : exportJobs;
  }

  private ObjectNode render(Job job) {
    ObjectNode node = job.request.deepCopy();
    node.put("id", job.id);
    node.put("requester", clientId);
    node.put("tenant", tenantId);
    node.put("status", job.status);
    node.put("isComplete", job.complete);
    if (job.statusMessage != null) {
      node.put("statusMessage", job.statusMessage);
    }
    ArrayNode resources = node.putArray("resources");
    for (JsonNode r : job.request.path("resources")) {
      ObjectNode copy = r.deepCopy();
      String name = r.path("resource").asText();
      String status = job.resourceStatus.getOrDefault(name, "pending");
      copy.put("status", status);
      copy.put("isComplete", job.complete);
      String details = job.resourceDetails.get(name);
      if (details != null) {
        copy.put("stateDetails", details);
      }
      resources.add(copy);
    }
    ArrayNode fileNodes = node.putArray("files");
    job.inputFiles.forEach(f -> fileNodes.add(dropLocation(f)));
    if (job.complete && job.getsSinceDone >= pollsBeforeFilesAppear) {
      job.outputFiles.forEach(f -> fileNodes.add(dropLocation(f)));
    }
    ObjectNode audit = node.putObject("auditInfo");
    audit.put("createDate", job.created.toString());
    audit.put("updateDate", now().toString());
    return node;
  }

  private void finish(Job job) {
    job.complete = true;
    if (job.kind.equals("import")) {
      runImport(job);
    } else {
      runExport(job);
    }
  }

  // ---- import processing

  private void runImport(Job job) {
    List<List<String>> log = new ArrayList<>();
    Map<String, List<Map<String, String>>> parsed = new LinkedHashMap<>();
    String failure = null;
    for (StoredFile input : job.inputFiles) {
      try {
        if (!isZip(input.path)) {
          failure = "End of Central Directory record could not be found: " + input.fileName
              + " is not a ZIP file";
          log.add(List.of("", "", "error", failure));
          break;
        }
        failure = readZip(input, job, parsed, log);
        if (failure != null) {
          break;
        }
      } catch (IOException e) {
        failure = "Could not read " + input.fileName + ": " + e.getMessage();
        log.add(List.of("", "", "error", failure));
        break;
      }
    }
    if (failure == null) {
      for (String resource : job.resourceStatus.keySet()) {
        if (parsed.keySet().stream().noneMatch(k -> k.equalsIgnoreCase(resource))) {
          failure = "No CSV file for resource " + resource + " in the uploaded ZIP";
          job.resourceStatus.put(resource, "errored");
          job.resourceDetails.put(resource, failure);
          log.add(List.of(resource, "", "error", failure));
        }
      }
    }
    if (failure == null) {
      for (JsonNode r : job.request.path("resources")) {
        String resource = r.path("resource").asText();
        List<Map<String, String>> rows = parsed.entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase(resource))
            .findFirst().map(Map.Entry::getValue).orElse(List.of());
        apply(resource, rows, r.path("deleteOmitted").asBoolean(false));
        job.resourceStatus.put(resource, "complete");
        job.resourceDetails.put(resource, "Imported " + rows.size() + " rows");
        for (int i = 0; i < rows.size(); i++) {
          log.add(List.of(resource, String.valueOf(i + 1), "imported", ""));
        }
      }
      job.status = "complete";
    } else {
      job.status = "errored";
      job.statusMessage = failure;
      job.resourceStatus.replaceAll((k, v) -> "errored");
      job.resourceDetails.putIfAbsent(job.resourceStatus.keySet().iterator().next(), failure);
    }
    String domain = job.request.path("domain").asText("catalog");
    job.outputFiles.add(writeLog(domain + "_import_log.csv", log));
  }

  private @Nullable String readZip(
      StoredFile input, Job job, Map<String, List<Map<String, String>>> parsed, List<List<String>> log)
      throws IOException {
    try (InputStream in = Files.newInputStream(input.path);
        ZipInputStream zip = new ZipInputStream(in)) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
        if (entry.isDirectory() || !name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        String base = name.substring(0, name.length() - 4);
        Optional<String> requested = job.resourceStatus.keySet().stream()
            .filter(r -> r.equalsIgnoreCase(base)).findFirst();
        if (requested.isEmpty()) {
          continue;
        }
        String resource = requested.get();
        FakeCsv.RecordReader reader = new FakeCsv.RecordReader(zip);
        List<String> header = reader.next();
        if (header == null) {
          header = List.of();
        }
        Set<String> lowerHeader = new LinkedHashSet<>();
        header.forEach(h -> lowerHeader.add(h.trim().toLowerCase(Locale.ROOT)));
        List<String> required =
            KiboFieldList.find(resource).map(r -> r.required).orElse(List.of());
        for (String field : required) {
          if (!lowerHeader.contains(field.toLowerCase(Locale.ROOT))) {
            String message = name + " lacks the required column '" + field + "'";
            job.resourceStatus.put(resource, "errored");
            job.resourceDetails.put(resource, message);
            log.add(List.of(resource, "1", "error", message));
            return message;
          }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> record = reader.next(); record != null; record = reader.next()) {
          if (record.size() == 1 && record.get(0).isEmpty()) {
            continue;
          }
          Map<String, String> row = new LinkedHashMap<>();
          for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i).trim(), i < record.size() ? record.get(i) : "");
          }
          rows.add(row);
        }
        parsed.put(resource, rows);
      }
    }
    return null;
  }

  private void apply(String resource, List<Map<String, String>> rows, boolean deleteOmitted) {
    String name = canonical(resource);
    List<Map<String, String>> target = data.computeIfAbsent(name, k -> new ArrayList<>());
    if (deleteOmitted) {
      target.clear();
    }
    String key = keyColumn(name);
    for (Map<String, String> row : rows) {
      if (key != null) {
        target.removeIf(existing -> row.get(key) != null && row.get(key).equals(existing.get(key)));
      }
      target.add(new LinkedHashMap<>(row));
    }
  }

  private static @Nullable String keyColumn(String resource) {
    List<String> required = KiboFieldList.find(resource).map(r -> r.required).orElse(List.of());
    for (String field : required) {
      if (field.equals("Email") || field.equals("Code") || (field.endsWith("Code")
          && !field.equals("CurrencyCode") && !field.equals("AttributeCode"))) {
        return field;
      }
    }
    return null;
  }

  private StoredFile writeLog(String fileName, List<List<String>> log) {
    String id = UUID.randomUUID().toString();
    Path path = storage.resolve("f" + fileCounter.incrementAndGet());
    try (Writer out = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8))) {
      FakeCsv.writeRecord(out, List.of("Resource", "Row", "Status", "Message"));
      for (List<String> line : log) {
        FakeCsv.writeRecord(out, line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoredFile file = new StoredFile(id, fileName, "log", path);
    files.put(id, file);
    return file;
  }

  // ---- export processing

  private void runExport(Job job) {
    String domain = job.request.path("domain").asText("catalog");
    String id = UUID.randomUUID().toString();
    Path path = storage.resolve("f" + fileCounter.incrementAndGet());
    try (OutputStream out = Files.newOutputStream(path);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (JsonNode r : job.request.path("resources")) {
        String resource = r.path("resource").asText();
        String name = canonical(resource);
        List<String> header = new ArrayList<>(
            KiboFieldList.find(name).map(x -> x.required).orElse(List.of()));
        for (JsonNode field : r.path("fields")) {
          if (!header.contains(field.asText())) {
            header.add(field.asText());
          }
        }
        List<Map<String, String>> rows = data.getOrDefault(name, List.of());
        if (header.isEmpty() && !rows.isEmpty()) {
          header.addAll(rows.get(0).keySet());
        }
        zip.putNextEntry(new ZipEntry(name.toLowerCase(Locale.ROOT) + ".csv"));
        Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        FakeCsv.writeRecord(writer, header);
        for (Map<String, String> row : rows) {
          List<String> values = new ArrayList<>();
          header.forEach(h -> values.add(row.getOrDefault(h, "")));
          FakeCsv.writeRecord(writer, values);
        }
        writer.flush();
        zip.closeEntry();
        job.resourceStatus.put(resource, "complete");
        job.resourceDetails.put(resource, "Exported " + rows.size() + " rows");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StoredFile file = new StoredFile(id, domain + "_export.zip", "export", path);
    files.put(id, file);
    job.outputFiles.add(file);
    job.status = "complete";
  }

  private static boolean isZip(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4 && head[0] == 'P' && head[1] == 'K'
          && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    }
  }

  /** Deletes the stored files and their folder, and forgets the files and their links. */
  synchronized void deleteStorage() {
    files.clear();
    links.clear();
    try (Stream<Path> paths = Files.walk(storage)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // best effort: the directory is under the system temp dir
    }
  }

  /** Creates the folder of stored files again if a stop deleted it. */
  synchronized void ensureStorage() {
    try {
      Files.createDirectories(storage);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + storage, e);
    }
  }
}
