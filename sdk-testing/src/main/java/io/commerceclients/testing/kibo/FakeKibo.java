package io.commerceclients.testing.kibo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeApi;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * A stateful fake of Kibo Commerce on loopback: the OAuth endpoint and tenant lookup of the auth
 * host, and the Files, Import and Export APIs of the tenant host, all served from one port.
 *
 * <ul>
 *   <li>Tokens live {@link #tokenLifetime(Duration)} (1 hour by default); a wrong client id or
 *       secret gets a 401; API calls without a valid bearer token get a 401.
 *   <li>The tenant lookup returns the fake's own {@code host:port} as the tenant domain.
 *   <li>Uploads are stored on disk in a temporary directory (deleted on {@link #close()}).
 *   <li>Jobs are {@code pending} when created, {@code processing} on the first get and finished
 *       on the second ({@link #pollsUntilDone(int)}). An import ends {@code errored}, with a log
 *       file, when the upload is not a ZIP or a CSV lacks a required column; otherwise its rows
 *       are stored and can be exported. An export writes a real ZIP of CSV files from the rows
 *       tests {@link #seed(String, List) seed} or imports stored.
 *   <li>Public links are served by the fake too; they refuse any {@code Authorization} header and
 *       expire ({@link #publicLinkLifetime(Duration)}, {@link #advanceTime(Duration)}).
 *   <li>Batch jobs are served statefully too; see {@link KiboBatchJobs} ({@link #batchJobs()}).
 *   <li>Job lists take Kibo's {@code filter} ({@code status eq 'complete' and name sw 'nightly'}:
 *       {@code eq ne gt ge lt le sw cont}, {@code and}, {@code or}); JSON answers take {@code
 *       responseFields} ({@code id,status,files(id,fileType)}, dots or parentheses). What the fake
 *       does not serve (parentheses in a filter, other operators, exclusions) is answered with 400.
 *   <li>An import of {@code ProductImages} without a {@code contextOverride} is refused with 400.
 * </ul>
 *
 * <p>It is one of the {@link FakeApi} family: {@link #clientBuilder()} points a client at it (auth
 * host, tenant, credentials, no waits, fast polling), and as a JUnit 5 extension it injects itself
 * and a ready {@code KiboImportExportClient}, closed after the test:
 *
 * <pre>{@code
 * @RegisterExtension static FakeKibo kibo = new FakeKibo();
 *
 * @Test void exports(KiboImportExportClient client) {
 *   client.exports().run(exportRequest);
 * }
 * }</pre>
 */
public class FakeKibo extends FakeApi {
  /** The client id a default fake accepts. */
  public static final String DEFAULT_CLIENT_ID = "fake.importer.1.0.0.Release";
  /** The shared secret a default fake accepts. */
  public static final String DEFAULT_SHARED_SECRET = "fake-shared-secret";
  /** The tenant id of a default fake. */
  public static final long DEFAULT_TENANT_ID = 10001;

  private static final String API = "/api/platform/data";
  private final KiboFakeState state;
  private final KiboBatchJobs batchJobs;
  private final String clientSecret;

  /** Creates a fake, not started, with the default credentials and tenant; JUnit starts it when registered. */
  public FakeKibo() {
    this(DEFAULT_CLIENT_ID, DEFAULT_SHARED_SECRET, DEFAULT_TENANT_ID);
  }

  /**
   * Creates a fake, not started, of tenant {@code tenantId} that accepts only {@code clientId} and
   * {@code sharedSecret}.
   *
   * @throws IllegalArgumentException if a credential is null or blank
   */
  public FakeKibo(String clientId, String sharedSecret, long tenantId) {
    super("io.commerceclients.kibo.importexport.KiboImportExportClient", "kibo-importexport-client");
    this.state = new KiboFakeState(credential(clientId, "clientId"), credential(sharedSecret, "sharedSecret"), tenantId);
    this.clientSecret = sharedSecret;
    route("POST", "/api/platform/applications/authtickets/oauth", this::issueToken);
    route("GET", "/api/platform/tenants/{tenantId}", this::tenant);
    route("POST", API + "/files", this::upload);
    route("GET", API + "/files/{id}", this::getFile);
    route("GET", API + "/files/{id}/content", this::fileContent);
    route("POST", API + "/files/{id}/generatelink", this::generateLink);
    for (String kind : List.of("import", "export")) {
      route("POST", API + "/" + kind, r -> createJob(kind, r));
      route("GET", API + "/" + kind, r -> listJobs(kind, r));
      route("GET", API + "/" + kind + "/{id}", r -> getJob(kind, r));
      route("DELETE", API + "/" + kind + "/{id}", r -> deleteJob(kind, r));
    }
    route("GET", "/public-files/{token}", this::publicFile);
    this.batchJobs = new KiboBatchJobs(state);
    batchJobs.register(this, this::authorize);
  }

  /** Creates a fake, not started, with the default credentials and tenant: the same as {@code new FakeKibo()}. */
  public static FakeKibo create() {
    return new FakeKibo();
  }

  /** Creates and starts a fake with the default credentials and tenant; close it when done. */
  public static FakeKibo started() {
    return new FakeKibo().start();
  }

  /** Starts the fake on a free loopback port; does nothing if it runs already. */
  @Override
  public synchronized FakeKibo start() {
    state.ensureStorage();
    super.start();
    return this;
  }

  // ---- configuration and state, for tests

  /** Returns the client id the fake accepts. */
  public String clientId() {
    return state.clientId;
  }

  /** Returns the shared secret the fake accepts. */
  public String sharedSecret() {
    return clientSecret;
  }

  /** Returns the tenant id. */
  public long tenantId() {
    return state.tenantId;
  }

  /** Returns the tenant host the tenant lookup reports: the fake's {@code host:port}. */
  public String tenantHost() {
    return baseUrl().substring("http://".length());
  }

  /** Sets the lifetime of tokens issued from now on (default 1 hour). */
  public FakeKibo tokenLifetime(Duration lifetime) {
    synchronized (state) {
      state.tokenLifetime = lifetime;
    }
    return this;
  }

  /** Expires every token issued so far: the next API call with one gets a 401. */
  public FakeKibo expireTokens() {
    state.expireTokens();
    return this;
  }

  /** Returns how many tokens were issued. */
  public int tokensIssued() {
    return state.tokensIssued();
  }

  /** Sets the get on which a job finishes (default 2: pending, processing on get 1, done on get 2). */
  public FakeKibo pollsUntilDone(int gets) {
    synchronized (state) {
      state.pollsUntilDone = Math.max(1, gets);
    }
    return this;
  }

  /** Sets how many gets of a finished job still omit its export or log file (default 0). */
  public FakeKibo filesAppearAfter(int gets) {
    synchronized (state) {
      state.pollsBeforeFilesAppear = Math.max(0, gets);
    }
    return this;
  }

  /** Caps the lifetime of public links (default: the {@code hourDuration} asked for). */
  public FakeKibo publicLinkLifetime(Duration lifetime) {
    synchronized (state) {
      state.maxLinkLifetime = lifetime;
    }
    return this;
  }

  /** Moves the fake's clock forward, expiring tokens and links whose time is up. */
  public FakeKibo advanceTime(Duration by) {
    synchronized (state) {
      state.offset = state.offset.plus(by);
    }
    return this;
  }

  /** Replaces the fake's clock. */
  public FakeKibo clock(Clock clock) {
    synchronized (state) {
      state.clock = clock;
    }
    return this;
  }

  /** Calls {@code listener} with the job's get count on every get of any job, before answering. */
  public FakeKibo onJobGet(IntConsumer listener) {
    synchronized (state) {
      state.onJobGet = listener;
    }
    return this;
  }

  /**
   * Adds rows (column name to value) to a resource, such as {@code Products} (any case), for exports to return.
   *
   * @throws IllegalArgumentException if Kibo's field list has no such resource (the message lists them)
   * @throws NullPointerException if the resource, the rows, a row, or a column name or value is null
   */
  public FakeKibo seed(String resource, List<Map<String, String>> rows) {
    if (KiboFieldList.find(Objects.requireNonNull(resource, "resource")).isEmpty()) {
      throw new IllegalArgumentException("Kibo has no resource '" + resource + "'; its resources are "
          + KiboFieldList.names());
    }
    for (Map<String, String> row : Objects.requireNonNull(rows, "rows")) {
      Objects.requireNonNull(row, "a row");
      row.forEach((column, value) -> {
        Objects.requireNonNull(column, "a column name");
        Objects.requireNonNull(value, () -> "the value of column " + column);
      });
    }
    state.seed(resource, rows);
    return this;
  }

  /** Returns the rows a resource holds now (seeded or imported). */
  public List<Map<String, String>> rows(String resource) {
    return state.rows(resource);
  }

  /** Returns the size in bytes of a stored file (upload, log or export). */
  public Optional<Long> storedFileSize(String fileId) {
    try {
      return Optional.of(Files.size(state.file(fileId).path));
    } catch (KiboFakeError missing) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the path of a stored file, for tests that inspect uploads. */
  public Optional<Path> storedFile(String fileId) {
    try {
      return Optional.of(state.file(fileId).path);
    } catch (KiboFakeError missing) {
      return Optional.empty();
    }
  }

  /** Returns the ids of the stored files, oldest first. */
  public List<String> storedFileIds() {
    List<String> ids = new ArrayList<>();
    state.files().forEach(f -> ids.add(f.id));
    return ids;
  }

  /** Returns how many import jobs exist. */
  public int importJobCount() {
    return state.jobCount("import");
  }

  /** Returns how many export jobs exist. */
  public int exportJobCount() {
    return state.jobCount("export");
  }

  /** Returns the batch jobs: add items to them, choose how they end, read their status. */
  public KiboBatchJobs batchJobs() {
    return batchJobs;
  }

  /**
   * Returns the fake to its first state, on the same port with the same credentials and tenant: it
   * forgets every token issued (a client holding one gets a 401 and fetches another), every stored
   * file (deleted from disk), public link, import and export job, seeded or imported row and batch
   * job, and every recorded request and pending fault; and the test settings go back to their
   * defaults: {@link #tokenLifetime(Duration)}, {@link #pollsUntilDone(int)}, {@link
   * #filesAppearAfter(int)}, {@link #publicLinkLifetime(Duration)}, {@link #clock(Clock)} with
   * {@link #advanceTime(Duration)}, {@link #onJobGet(IntConsumer)} and the batch jobs' {@link
   * KiboBatchJobs#pollsUntilDone(int)}.
   */
  @Override
  public void reset() {
    state.reset();
    batchJobs.reset();
    super.reset();
  }

  /**
   * Points a {@code KiboImportExportClient.Builder} at the fake: the fake as auth host (the tenant
   * lookup then answers the fake's address), its tenant, client id and shared secret.
   */
  @Override
  protected Map<String, Object> clientSettings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("authHost", baseUrl());
    settings.put("tenantId", tenantId());
    settings.put("clientId", clientId());
    settings.put("sharedSecret", sharedSecret());
    return settings;
  }

  /** Stops the fake and deletes its stored files (a restarted fake no longer knows them). */
  @Override
  public synchronized void close() {
    super.close();
    state.deleteStorage();
  }

  // ---- handlers

  private FakeResponse issueToken(FakeRequest request) {
    return json(200, state.issueToken(request.bodyJson()));
  }

  private FakeResponse tenant(FakeRequest request) {
    authorize(request);
    String id = request.pathParam("tenantId");
    if (!id.equals(Long.toString(state.tenantId))) {
      throw new KiboFakeError(404, "ITEM_NOT_FOUND", "Tenant " + id + " not found");
    }
    ObjectNode tenant = FakeJson.object();
    tenant.put("id", state.tenantId);
    tenant.put("name", "Fake tenant " + state.tenantId);
    tenant.put("domain", request.serverBaseUrl().substring(request.serverBaseUrl().indexOf("://") + 3));
    return json(200, tenant);
  }

  private FakeResponse upload(FakeRequest request) {
    authorize(request);
    String fileName = request.query("fileName").orElse("upload.zip");
    String fileType = request.query("fileType").orElse("import");
    KiboResponseFields fields = responseFields(request);
    KiboFakeState.StoredFile file = state.storeUpload(fileName, fileType, request.bodyStream());
    return json(200, trim(fields, state.dropLocation(file)));
  }

  private FakeResponse getFile(FakeRequest request) {
    authorize(request);
    KiboResponseFields fields = responseFields(request);
    return json(200, trim(fields, state.dropLocation(state.file(request.pathParam("id")))));
  }

  private FakeResponse fileContent(FakeRequest request) {
    authorize(request);
    KiboFakeState.StoredFile file = state.file(request.pathParam("id"));
    return FakeResponse.file(200, file.path, contentType(file));
  }

  private FakeResponse generateLink(FakeRequest request) {
    authorize(request);
    int hours = request.query("hourDuration").map(Integer::parseInt).orElse(24);
    String link = state.createLink(request.pathParam("id"), hours, request.serverBaseUrl());
    return json(200, FakeJson.mapper().getNodeFactory().textNode(link));
  }

  private FakeResponse publicFile(FakeRequest request) {
    if (request.header("Authorization").isPresent()) {
      return FakeResponse.text(400, "<Error><Code>InvalidArgument</Code><Message>Only one auth mechanism"
          + " allowed</Message></Error>").header("Content-Type", "application/xml");
    }
    String token = request.pathParam("token");
    int dot = token.indexOf('.');
    try {
      KiboFakeState.StoredFile file = state.linkedFile(dot < 0 ? token : token.substring(0, dot));
      return FakeResponse.file(200, file.path, contentType(file));
    } catch (KiboFakeError e) {
      return FakeResponse.text(403, "<Error><Code>AccessDenied</Code><Message>" + e.getMessage()
          + "</Message></Error>").header("Content-Type", "application/xml");
    }
  }

  private FakeResponse createJob(String kind, FakeRequest request) {
    authorize(request);
    KiboResponseFields fields = responseFields(request);
    return json(200, trim(fields, state.createJob(kind, request.bodyJson())));
  }

  private FakeResponse getJob(String kind, FakeRequest request) {
    authorize(request);
    KiboResponseFields fields = responseFields(request);
    return json(200, trim(fields, state.getJob(kind, request.pathParam("id"))));
  }

  private FakeResponse listJobs(String kind, FakeRequest request) {
    authorize(request);
    int start = request.query("startIndex").map(Integer::parseInt).orElse(0);
    int size = request.query("pageSize").map(Integer::parseInt).orElse(0);
    KiboFilter filter = request.query("filter").filter(f -> !f.isBlank()).map(KiboFilter::parse).orElse(null);
    KiboResponseFields fields = responseFields(request);
    return json(200, trim(fields, state.listJobs(kind, start, size, filter)));
  }

  /** Reads Kibo's {@code responseFields}; absent or blank keeps the whole answer. */
  private static KiboResponseFields responseFields(FakeRequest request) {
    return request.query("responseFields").filter(f -> !f.isBlank()).map(KiboResponseFields::parse).orElse(null);
  }

  private static JsonNode trim(KiboResponseFields fields, JsonNode answer) {
    return fields == null ? answer : fields.apply(answer);
  }

  private FakeResponse deleteJob(String kind, FakeRequest request) {
    authorize(request);
    state.deleteJob(kind, request.pathParam("id"));
    return FakeResponse.status(200);
  }

  private void authorize(FakeRequest request) {
    state.checkToken(request.header("Authorization").orElse(null));
  }

  private static String contentType(KiboFakeState.StoredFile file) {
    return file.fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") ? "text/csv" : "application/zip";
  }

  private static FakeResponse json(int status, JsonNode body) {
    return FakeResponse.json(status, body).header("x-vol-correlation", UUID.randomUUID().toString());
  }

  /** Answers Kibo's error body, 404 {@code ITEM_NOT_FOUND}, for a path no route serves. */
  @Override
  protected FakeResponse notFound(FakeRequest request) {
    return handlerFailed(request, new KiboFakeError(404, "ITEM_NOT_FOUND",
        "No resource at " + request.method() + " " + request.path()));
  }

  @Override
  protected FakeResponse handlerFailed(FakeRequest request, Exception failure) {
    if (failure instanceof FakeRequest.MalformedBodyException) {
      return handlerFailed(request, new KiboFakeError(400, "VALIDATION_ERROR", failure.getMessage()));
    }
    if (failure instanceof FakeRequest.PayloadTooLargeException) {
      return handlerFailed(request, new KiboFakeError(413, "VALIDATION_ERROR", failure.getMessage()));
    }
    if (failure instanceof KiboFakeError) {
      KiboFakeError error = (KiboFakeError) failure;
      ObjectNode body = FakeJson.object();
      body.put("message", error.getMessage());
      body.put("errorCode", error.errorCode);
      body.put("applicationName", "ImportExport");
      body.putArray("additionalErrorData");
      return json(error.status, body);
    }
    if (failure instanceof NumberFormatException) {
      return handlerFailed(request, new KiboFakeError(400, "VALIDATION_ERROR", "not a number: " + failure.getMessage()));
    }
    return super.handlerFailed(request, failure);
  }
}
