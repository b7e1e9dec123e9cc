package io.commerceclients.testing.kibo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeHttpServer;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The batch jobs FakeKibo serves under {@code /api/platform/data/batchJob}: all eleven operations
 * of Kibo's spec, with state.
 *
 * <ul>
 *   <li>A job is {@code Ready} when created. Start makes it {@code Pending}; each read of the job or
 *       of its summary then moves it on: {@code Running} on the first, finished on the {@link
 *       #pollsUntilDone(int)}-th (2 by default). It finishes {@code Completed} unless {@link
 *       #endAs(String, String)} says otherwise.
 *   <li>Items are added by tests ({@link #addItem}, {@link #addFailedItem}, {@link #addInvalidItem}),
 *       since Kibo's spec has no call that adds them. They are {@code Waiting} until the job runs,
 *       {@code Running} while it runs, and take their outcome when it completes; a job that ends
 *       otherwise processes the first half of its items and cancels the rest.
 *   <li>Actions depend on the status: {@code Ready} accepts Start and Cancel, {@code Pending} and
 *       {@code Running} accept Cancel, {@code Completed} and {@code Canceled} accept Reset (which
 *       removes every item). Any other action gets a 409.
 *   <li>Lists page by {@code startIndex} and {@code pageSize} (1 to 200, else 400); {@code
 *       totalCount} and {@code pageCount} are filled in only with {@code includeCount=true} and are
 *       0 otherwise. An unknown code or correlation id gets a 404.
 * </ul>
 */
public final class KiboBatchJobs {
  private static final String BASE = "/api/platform/data/batchJob";
  private static final int MAX_PAGE_SIZE = 200;
  private static final int DEFAULT_PAGE_SIZE = 20;
  private static final List<String> ITEM_STATUSES =
      List.of("Waiting", "Running", "ValidationFailed", "Failed", "Completed", "Cancelled");

  private final KiboFakeState state;
  private final Map<String, Job> jobs = new LinkedHashMap<>();
  private int pollsUntilDone = 2;
  private long generatedCodes;

  KiboBatchJobs(KiboFakeState state) {
    this.state = state;
  }

  /** Adds the routes of the batch-job API to {@code server}; every call needs a valid token. */
  void register(FakeHttpServer server, Consumer<FakeRequest> authorize) {
    route(server, authorize, "POST", BASE, this::create);
    route(server, authorize, "GET", BASE, this::list);
    route(server, authorize, "GET", BASE + "/actions/summaries", this::summaries);
    route(server, authorize, "GET", BASE + "/actions/{code}/summary", r -> summary(r.pathParam("code")));
    route(server, authorize, "POST", BASE + "/actions/{code}/items", this::items);
    route(server, authorize, "POST", BASE + "/actions/{code}/items/{correlationId}",
        r -> item(r.pathParam("code"), r.pathParam("correlationId")));
    route(server, authorize, "POST", BASE + "/actions/{code}", this::perform);
    route(server, authorize, "GET", BASE + "/actions/{code}", r -> availableActions(r.pathParam("code")));
    route(server, authorize, "GET", BASE + "/{code}", r -> get(r.pathParam("code")));
    route(server, authorize, "PUT", BASE + "/{code}", this::update);
    route(server, authorize, "DELETE", BASE + "/{code}", r -> delete(r.pathParam("code")));
  }

  private static void route(FakeHttpServer server, Consumer<FakeRequest> authorize, String method, String path,
      Function<FakeRequest, JsonNode> handler) {
    server.route(method, path, request -> {
      authorize.accept(request);
      return FakeResponse.json(200, handler.apply(request))
          .header("x-vol-correlation", UUID.randomUUID().toString());
    });
  }

  /** Forgets every batch job and puts {@link #pollsUntilDone(int)} back to 2. */
  synchronized void reset() {
    jobs.clear();
    pollsUntilDone = 2;
    generatedCodes = 0;
  }

  // ---- test hooks

  /** Sets the read of a started job on which it finishes (default 2; at least 1). */
  public synchronized KiboBatchJobs pollsUntilDone(int reads) {
    this.pollsUntilDone = Math.max(1, reads);
    return this;
  }

  /** Sets the status the job ends with when it finishes, such as {@code Canceled} (default {@code Completed}). */
  public synchronized KiboBatchJobs endAs(String code, String status) {
    existing(code).endStatus = status;
    return this;
  }

  /** Adds an item that completes when the job runs; returns its correlation id. */
  public String addItem(String code, String resourceType, String itemKey) {
    return add(code, new Item(resourceType, itemKey, "Completed", null));
  }

  /** Adds an item that fails when the job runs, with one error; returns its correlation id. */
  public String addFailedItem(String code, String resourceType, String itemKey, String errorCode, String message) {
    ObjectNode error = error(errorCode, message, null, itemKey);
    return add(code, new Item(resourceType, itemKey, "Failed", error));
  }

  /**
   * Adds an item that fails validation when the job runs, with one {@code VALIDATION_ERROR} on
   * {@code field} holding one sub-error; returns its correlation id.
   */
  public String addInvalidItem(String code, String resourceType, String itemKey, String field, String message) {
    ObjectNode error = error("VALIDATION_ERROR", message, field, itemKey);
    error.putArray("subErrors").add(error("MISSING_OR_INVALID_PARAMETER", field + " is invalid", field, itemKey));
    return add(code, new Item(resourceType, itemKey, "ValidationFailed", error));
  }

  /** Returns the job's status, if the job exists. */
  public synchronized Optional<String> status(String code) {
    return Optional.ofNullable(jobs.get(code)).map(j -> j.status);
  }

  /** Returns how many batch jobs exist. */
  public synchronized int count() {
    return jobs.size();
  }

  private synchronized String add(String code, Item item) {
    existing(code).items.add(item);
    return item.correlationId;
  }

  private Job existing(String code) {
    Job job = jobs.get(code);
    if (job == null) {
      throw new IllegalArgumentException("no batch job " + code + "; create it first");
    }
    return job;
  }

  // ---- handlers

  private synchronized JsonNode create(FakeRequest request) {
    JsonNode body = request.bodyJson();
    if (!body.isObject()) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "The body must be a JSON object");
    }
    String code = text(body, "code");
    if (code == null) {
      code = "batch-" + (++generatedCodes);
    } else if (code.isBlank()) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "code must not be blank");
    }
    if (jobs.containsKey(code)) {
      throw new KiboFakeError(409, "ITEM_ALREADY_EXISTS", "Batch job " + code + " already exists");
    }
    String domain = text(body, "domain");
    if (domain != null && !domain.equalsIgnoreCase("Catalog")) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "domain must be Catalog, got " + domain);
    }
    Job job = new Job(code, text(body, "name"), text(body, "scheduledDate"), state.now());
    jobs.put(code, job);
    return render(job);
  }

  private synchronized JsonNode get(String code) {
    Job job = job(code);
    advance(job);
    return render(job);
  }

  private synchronized JsonNode update(FakeRequest request) {
    Job job = job(request.pathParam("code"));
    JsonNode body = request.bodyJson();
    if (!body.isObject()) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "The body must be a JSON object");
    }
    String code = text(body, "code");
    if (code != null && !code.equals(job.code)) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "The code in the body (" + code
          + ") does not match the path (" + job.code + ")");
    }
    job.name = text(body, "name");
    job.updated = state.now();
    return render(job);
  }

  private synchronized JsonNode delete(String code) {
    Job job = job(code);
    jobs.remove(code);
    return render(job);
  }

  private synchronized JsonNode list(FakeRequest request) {
    return page(request, filtered(request), this::render);
  }

  private synchronized JsonNode summaries(FakeRequest request) {
    return page(request, filtered(request), this::renderSummary);
  }

  private synchronized JsonNode summary(String code) {
    Job job = job(code);
    advance(job);
    return renderSummary(job);
  }

  private synchronized JsonNode perform(FakeRequest request) {
    Job job = job(request.pathParam("code"));
    JsonNode body = request.bodyJson();
    String action = body.isObject() ? text(body, "action") : null;
    if (action == null) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "action is required: Start, Cancel or Reset");
    }
    String match = actions(job).stream().filter(a -> a.equalsIgnoreCase(action)).findFirst()
        .orElseThrow(() -> new KiboFakeError(409, "VALIDATION_CONFLICT", "Action " + action
            + " is not available for batch job " + job.code + " in status " + job.status
            + "; available: " + actions(job)));
    Instant now = state.now();
    switch (match) {
      case "Start":
        job.status = "Pending";
        job.started = now;
        job.polls = 0;
        break;
      case "Cancel":
        job.status = "Canceled";
        job.items.forEach(i -> i.cancelIfUnfinished());
        break;
      default:
        job.status = "Ready";
        job.items.clear();
        job.started = null;
        job.polls = 0;
        break;
    }
    job.updated = now;
    return render(job);
  }

  private synchronized JsonNode availableActions(String code) {
    ArrayNode array = FakeJson.array();
    actions(job(code)).forEach(array::add);
    return array;
  }

  private synchronized JsonNode items(FakeRequest request) {
    Job job = job(request.pathParam("code"));
    Optional<String> status = request.query("processingStatus");
    Optional<String> resource = request.query("resourceType");
    List<Item> matching = new ArrayList<>();
    for (Item item : job.items) {
      if (status.map(s -> s.equalsIgnoreCase(item.status)).orElse(true)
          && resource.map(r -> r.equalsIgnoreCase(item.resourceType)).orElse(true)) {
        matching.add(item);
      }
    }
    return page(request, matching, item -> renderItem(job, item));
  }

  private synchronized JsonNode item(String code, String correlationId) {
    Job job = job(code);
    Item item = job.items.stream().filter(i -> i.correlationId.equals(correlationId)).findFirst()
        .orElseThrow(() -> new KiboFakeError(404, "ITEM_NOT_FOUND", "Batch job " + code
            + " has no item with correlation id " + correlationId));
    ObjectNode set = FakeJson.object();
    set.put("startIndex", 0);
    set.put("pageSize", 1);
    set.put("pageCount", 1);
    set.put("totalCount", 1);
    set.putArray("items").add(renderItem(job, item));
    return set;
  }

  // ---- state machine

  private Job job(String code) {
    Job job = jobs.get(code);
    if (job == null) {
      throw new KiboFakeError(404, "ITEM_NOT_FOUND", "Batch job " + code + " not found");
    }
    return job;
  }

  private static List<String> actions(Job job) {
    switch (job.status) {
      case "Ready":
        return List.of("Start", "Cancel");
      case "Pending":
      case "Running":
        return List.of("Cancel");
      default:
        return List.of("Reset");
    }
  }

  /** One read of a started job: {@code Running} on the first, finished on the {@code pollsUntilDone}-th. */
  private void advance(Job job) {
    if (!job.status.equals("Pending") && !job.status.equals("Running")) {
      return;
    }
    job.polls++;
    job.updated = state.now();
    if (job.polls < pollsUntilDone) {
      job.status = "Running";
      job.items.forEach(i -> i.status = i.status.equals("Waiting") ? "Running" : i.status);
      return;
    }
    job.status = job.endStatus;
    boolean completed = job.endStatus.equalsIgnoreCase("Completed");
    int processed = completed ? job.items.size() : (job.items.size() + 1) / 2;
    for (int i = 0; i < job.items.size(); i++) {
      Item item = job.items.get(i);
      if (i < processed) {
        item.status = item.outcome;
      } else {
        item.cancelIfUnfinished();
      }
    }
  }

  private List<Job> filtered(FakeRequest request) {
    Optional<String> domain = request.query("domain");
    Optional<String> status = request.query("status");
    List<Job> out = new ArrayList<>();
    for (Job job : jobs.values()) {
      if (domain.map(d -> d.equalsIgnoreCase("Catalog")).orElse(true)
          && status.map(s -> s.equalsIgnoreCase(job.status)).orElse(true)) {
        out.add(job);
      }
    }
    return out;
  }

  private static <T> ObjectNode page(FakeRequest request, List<T> all, Function<T, JsonNode> render) {
    int start = request.query("startIndex").map(Integer::parseInt).orElse(0);
    int size = request.query("pageSize").map(Integer::parseInt).orElse(DEFAULT_PAGE_SIZE);
    if (start < 0) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "startIndex must be 0 or more, got " + start);
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new KiboFakeError(400, "VALIDATION_ERROR", "pageSize must be between 1 and " + MAX_PAGE_SIZE
          + ", got " + size);
    }
    boolean count = request.query("includeCount").map(Boolean::parseBoolean).orElse(false);
    ObjectNode page = FakeJson.object();
    page.put("startIndex", start);
    page.put("pageSize", size);
    page.put("pageCount", count ? (all.size() + size - 1) / size : 0);
    page.put("totalCount", count ? all.size() : 0);
    ArrayNode items = page.putArray("items");
    for (int i = start; i < all.size() && i < (long) start + size; i++) {
      items.add(render.apply(all.get(i)));
    }
    return page;
  }

  // ---- rendering

  private ObjectNode render(Job job) {
    ObjectNode node = FakeJson.object();
    node.put("tenantId", state.tenantId);
    node.put("code", job.code);
    node.put("name", job.name);
    node.put("scheduledDate", job.scheduledDate);
    node.put("dateStarted", job.started == null ? null : job.started.toString());
    node.set("auditInfo", audit(job.created, job.updated));
    node.put("domain", "Catalog");
    node.put("status", job.status);
    return node;
  }

  private ObjectNode renderSummary(Job job) {
    ObjectNode node = FakeJson.object();
    node.put("code", job.code);
    node.put("name", job.name);
    node.put("scheduledDate", job.scheduledDate);
    node.put("dateStarted", job.started == null ? null : job.started.toString());
    node.put("status", job.status);
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (Item item : job.items) {
      counts.computeIfAbsent(item.resourceType, r -> new LinkedHashMap<>()).merge(item.status, 1, Integer::sum);
    }
    ArrayNode resources = node.putArray("resources");
    counts.forEach((resource, byStatus) -> {
      ObjectNode r = resources.addObject();
      r.put("resourceType", resource);
      ArrayNode list = r.putArray("counts");
      for (String status : ITEM_STATUSES) {
        if (byStatus.containsKey(status)) {
          list.addObject().put("status", status).put("count", byStatus.get(status));
        }
      }
    });
    return node;
  }

  private ObjectNode renderItem(Job job, Item item) {
    ObjectNode node = FakeJson.object();
    node.put("batchJobCode", job.code);
    node.put("masterCatalog", 1);
    node.putNull("siteId");
    node.put("catalogId", 1);
    node.put("retryCount", 0);
    node.put("itemKey", item.itemKey);
    node.put("processingStatus", item.status);
    switch (item.status) {
      case "Completed":
        node.put("status", 200);
        break;
      case "Failed":
        node.put("status", 500);
        break;
      case "ValidationFailed":
        node.put("status", 400);
        break;
      default:
        node.putNull("status");
    }
    boolean failed = item.status.equals("Failed") || item.status.equals("ValidationFailed");
    if (failed && item.error != null) {
      node.putArray("errors").add(item.error.deepCopy());
    } else {
      node.putNull("errors");
    }
    node.put("uri", "/api/commerce/catalog/admin/" + item.resourceType.toLowerCase(Locale.ROOT) + "/" + item.itemKey);
    node.put("resourceType", item.resourceType);
    node.putNull("query");
    node.put("localeCode", "en-US");
    node.put("currencyCode", "USD");
    node.put("dataViewMode", 1);
    node.put("httpMethod", "PUT");
    node.put("correlationId", item.correlationId);
    node.set("auditInfo", audit(item.created, item.created));
    return node;
  }

  private ObjectNode audit(Instant created, Instant updated) {
    ObjectNode audit = FakeJson.object();
    audit.put("createDate", created.toString());
    audit.put("updateDate", updated.toString());
    audit.put("createBy", state.clientId);
    audit.put("updateBy", state.clientId);
    return audit;
  }

  private static ObjectNode error(String code, String message, String field, String itemKey) {
    ObjectNode error = FakeJson.object();
    error.put("code", code);
    error.putArray("itemKeys").addObject().put("key", "itemKey").put("value", itemKey);
    error.put("message", message);
    error.put("field", field);
    error.putNull("longMessage");
    error.putNull("subErrors");
    return error;
  }

  private static @Nullable String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static final class Job {
    final String code;
    final String scheduledDate;
    final Instant created;
    final List<Item> items = new ArrayList<>();
    String name;
    Instant updated;
    Instant started;
    String status = "Ready";
    String endStatus = "Completed";
    int polls;

    Job(String code, String name, String scheduledDate, Instant created) {
      this.code = code;
      this.name = name;
      this.scheduledDate = scheduledDate;
      this.created = created;
      this.updated = created;
    }
  }

  private final class Item {
    final String correlationId = UUID.randomUUID().toString();
    final String resourceType;
    final String itemKey;
    final String outcome;
    final ObjectNode error;
    final Instant created = state.now();
    String status = "Waiting";

    Item(String resourceType, String itemKey, String outcome, ObjectNode error) {
      this.resourceType = resourceType;
      this.itemKey = itemKey;
      this.outcome = outcome;
      this.error = error;
    }

    void cancelIfUnfinished() {
      if (status.equals("Waiting") || status.equals("Running")) {
        status = "Cancelled";
      }
    }
  }
}
