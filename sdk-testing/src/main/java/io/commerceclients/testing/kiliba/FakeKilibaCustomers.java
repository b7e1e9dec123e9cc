package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * The customers {@link FakeKiliba} serves: seed them in a test, then read them back after the code
 * under test has listed, blacklisted or whitelisted them. Thread-safe.
 *
 * <p>Each customer has a status the list can filter on ({@code subscribed}, {@code blacklisted},
 * …); it is not part of the row, as in the real API.
 */
public final class FakeKilibaCustomers {

  /** The blacklist and whitelist reason Kiliba records for API calls. */
  public static final String API_REASON = "apiclientv1";

  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};
  private static final Set<String> OWNED_BY_CALLER = Set.of(API_REASON);
  /** The statuses Kiliba's reference lists for customers (the values of the {@code statuses} filter). */
  public static final List<String> STATUSES =
      List.of("subscribed", "blacklisted", "invalidContact", "blocked", "ignoredCa", "warmup");

  private static final List<String> FILTERS = List.of(
      "date_update", "blacklist_date", "whitelist_date", "blacklist_reasons", "whitelist_reasons", "statuses");

  private final Clock clock;
  private final Map<String, ObjectNode> rows = new LinkedHashMap<>();
  private final Map<String, String> statuses = new LinkedHashMap<>();
  /** Rows in insertion order and the out-of-package count, kept for unfiltered listings; null when stale. */
  private @Nullable List<ObjectNode> rowList;
  private long outOfPackage = -1;

  FakeKilibaCustomers(Clock clock) {
    this.clock = clock;
  }

  /**
   * Adds (or replaces, by {@code id_customer}) a customer row given in the API's wire format; its
   * status is {@code blacklisted} if it has a {@code blacklist_reason}, otherwise {@code subscribed}.
   *
   * @throws IllegalArgumentException if the row has no {@code id_customer} that is a string or a number
   * @throws NullPointerException if {@code row} is null
   */
  public synchronized FakeKilibaCustomers add(Map<String, @Nullable Object> row) {
    ObjectNode node = KilibaFakeJson.MAPPER.valueToTree(Objects.requireNonNull(row, "row"));
    if (!KilibaFakeJson.isId(node.get("id_customer"))) {
      throw new IllegalArgumentException("a customer row needs an id_customer that is a string or a number, got "
          + node.get("id_customer"));
    }
    String key = node.get("id_customer").asText();
    rows.put(key, node);
    statuses.put(key, KilibaFakeJson.present(node, "blacklist_reason") ? "blacklisted" : "subscribed");
    changed();
    return this;
  }

  /**
   * Adds a customer row with an explicit status, one of {@link #STATUSES}, for example {@code invalidContact}.
   *
   * @throws IllegalArgumentException if the row has no {@code id_customer}, or the status is not one of {@link #STATUSES}
   * @throws NullPointerException if {@code row} or {@code status} is null
   */
  public synchronized FakeKilibaCustomers add(Map<String, @Nullable Object> row, String status) {
    if (!STATUSES.contains(Objects.requireNonNull(status, "status"))) {
      throw new IllegalArgumentException("status must be one of " + STATUSES + ", got " + status);
    }
    add(row);
    statuses.put(KilibaFakeJson.MAPPER.valueToTree(row.get("id_customer")).asText(), status);
    changed();
    return this;
  }

  /**
   * Adds {@code count} generated customers with numeric ids continuing after the current ones (after
   * the largest numeric id, so that no seeded customer is replaced), emails {@code
   * customer<id>@example.com} and {@code date_update} one minute apart from 2024-01-01T00:00:00Z.
   *
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public synchronized FakeKilibaCustomers addGenerated(int count) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be >= 0, got " + count);
    }
    long start = rows.size() + 1L;
    for (String key : rows.keySet()) {
      try {
        start = Math.max(start, Long.parseLong(key) + 1);
      } catch (NumberFormatException notNumeric) {
        // a string id cannot collide with a generated number
      }
    }
    Instant base = Instant.parse("2024-01-01T00:00:00Z");
    for (long id = start; id < start + count; id++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id_account", "fake-account");
      row.put("id_customer", id);
      row.put("firstname", "First" + id);
      row.put("lastname", "Last" + id);
      String date = base.plus(id - 1, ChronoUnit.MINUTES).toString();
      row.put("date_add", date);
      row.put("date_update", date);
      row.put("email", "customer" + id + "@example.com");
      row.put("id_lang", "1");
      add(row);
    }
    return this;
  }

  /** Returns every customer row, in insertion order, as wire-format maps. */
  public synchronized List<Map<String, @Nullable Object>> all() {
    List<Map<String, @Nullable Object>> copy = new ArrayList<>();
    rows.values().forEach(row -> copy.add(KilibaFakeJson.MAPPER.convertValue(row, MAP)));
    return copy;
  }

  /** Returns the row with this email, if any, as a wire-format map. */
  public synchronized Optional<Map<String, @Nullable Object>> byEmail(String email) {
    return rows.values().stream()
        .filter(row -> email.equalsIgnoreCase(row.path("email").asText()))
        .findFirst()
        .map(row -> KilibaFakeJson.MAPPER.convertValue(row, MAP));
  }

  /** Returns the status of the customer with this email, if any. */
  public synchronized Optional<String> statusOf(String email) {
    return rows.entrySet().stream()
        .filter(e -> email.equalsIgnoreCase(e.getValue().path("email").asText()))
        .findFirst()
        .map(e -> statuses.get(e.getKey()));
  }

  /** Removes every customer. */
  public synchronized void clear() {
    rows.clear();
    statuses.clear();
    changed();
  }

  private void changed() {
    rowList = null;
    outOfPackage = -1;
  }

  synchronized ObjectNode list(Map<String, List<String>> query) {
    int limit = intParam(query, "limit", 1000, 1, 10_000);
    int page = intParam(query, "page", 1, 1, Integer.MAX_VALUE);
    List<ObjectNode> matching;
    long outOfPackageCount;
    if (FILTERS.stream().noneMatch(query::containsKey)) {
      if (rowList == null) {
        rowList = new ArrayList<>(rows.values());
        outOfPackage = statuses.values().stream().filter("ignoredCa"::equals).count();
      }
      matching = rowList;
      outOfPackageCount = outOfPackage;
    } else {
      Predicate<String> filter = filter(query);
      List<ObjectNode> found = new ArrayList<>();
      long[] ignored = {0};
      rows.forEach((key, row) -> {
        if (filter.test(key)) {
          found.add(row);
          if ("ignoredCa".equals(statuses.get(key))) {
            ignored[0]++;
          }
        }
      });
      matching = found;
      outOfPackageCount = ignored[0];
    }
    ObjectNode answer = KilibaFakeJson.MAPPER.createObjectNode();
    ArrayNode customers = answer.putArray("customers");
    long from = (long) (page - 1) * limit;
    for (long i = from; i < Math.min(matching.size(), from + limit); i++) {
      customers.add(matching.get((int) i).deepCopy());
    }
    answer.put("total", matching.size());
    answer.put("totalOutOfPackage", outOfPackageCount);
    return answer;
  }

  synchronized ObjectNode blacklist(JsonNode body) {
    int processed = 0;
    for (String email : emails(body)) {
      for (Map.Entry<String, ObjectNode> e : rows.entrySet()) {
        ObjectNode row = e.getValue();
        if (!email.equalsIgnoreCase(row.path("email").asText()) || ownedByKiliba(row)) {
          continue;
        }
        ObjectNode reason = KilibaFakeJson.MAPPER.createObjectNode();
        reason.put("reasonName", API_REASON).put("source", "api").put("userEmail", "").put("customText", "");
        row.put("blacklist_reason", reason.toString());
        row.put("blacklist_date", now());
        row.put("date_update", now());
        statuses.put(e.getKey(), "blacklisted");
        changed();
        processed++;
      }
    }
    return KilibaFakeJson.MAPPER.createObjectNode().put("processed_emails", processed);
  }

  synchronized ObjectNode whitelist(JsonNode body) {
    int processed = 0;
    for (String email : emails(body)) {
      for (Map.Entry<String, ObjectNode> e : rows.entrySet()) {
        ObjectNode row = e.getValue();
        if (!email.equalsIgnoreCase(row.path("email").asText()) || ownedByKiliba(row)) {
          continue;
        }
        row.putNull("blacklist_reason");
        row.putNull("blacklist_date");
        row.put("whitelist_reason", API_REASON);
        row.put("whitelist_date", now());
        row.put("date_update", now());
        statuses.put(e.getKey(), "subscribed");
        changed();
        processed++;
      }
    }
    return KilibaFakeJson.MAPPER.createObjectNode().put("processed_emails", processed);
  }

  /** A blacklist reason set by Kiliba itself (not by the API) cannot be changed through the API. */
  private static boolean ownedByKiliba(ObjectNode row) {
    Optional<String> reason = reasonName(row);
    return reason.isPresent() && !OWNED_BY_CALLER.contains(reason.get());
  }

  private static Optional<String> reasonName(ObjectNode row) {
    JsonNode raw = row.get("blacklist_reason");
    if (raw == null || raw.isNull() || raw.asText().isEmpty()) {
      return Optional.empty();
    }
    try {
      JsonNode parsed = KilibaFakeJson.MAPPER.readTree(raw.asText());
      return Optional.of(parsed.isObject() ? parsed.path("reasonName").asText() : raw.asText());
    } catch (java.io.IOException notJson) {
      return Optional.of(raw.asText());
    }
  }

  private static List<String> emails(JsonNode body) {
    JsonNode emails = body.get("customer_emails");
    if (emails == null || !emails.isArray()) {
      throw FakeKilibaError.badRequest("customer_emails must be an array");
    }
    List<String> list = new ArrayList<>();
    for (JsonNode email : emails) {
      if (!email.isTextual()) {
        throw FakeKilibaError.badRequest("each value in customer_emails must be a string");
      }
      list.add(email.asText());
    }
    return list;
  }

  private Predicate<String> filter(Map<String, List<String>> query) {
    Predicate<String> filter = key -> true;
    for (String field : List.of("date_update", "blacklist_date", "whitelist_date")) {
      List<String> values = query.getOrDefault(field, List.of());
      if (values.isEmpty()) {
        continue;
      }
      Instant min = KilibaFakeJson.instant(values.get(0))
          .orElseThrow(() -> FakeKilibaError.badRequest(field + " must be a valid ISO 8601 date string"));
      filter = filter.and(key -> KilibaFakeJson.instant(rows.get(key), field).map(d -> !d.isBefore(min)).orElse(false));
    }
    List<String> blacklistReasons = query.getOrDefault("blacklist_reasons", List.of());
    if (!blacklistReasons.isEmpty()) {
      filter = filter.and(key -> blacklistReasons.contains(reasonName(rows.get(key)).orElse("")));
    }
    List<String> whitelistReasons = query.getOrDefault("whitelist_reasons", List.of());
    if (!whitelistReasons.isEmpty()) {
      filter = filter.and(key -> {
        JsonNode reason = rows.get(key).get("whitelist_reason");
        return whitelistReasons.contains(reason == null || reason.isNull() ? "" : reason.asText());
      });
    }
    List<String> wanted = query.getOrDefault("statuses", List.of());
    for (String status : wanted) {
      if (!STATUSES.contains(status)) {
        throw FakeKilibaError.badRequest("each value in statuses must be one of the following values: "
            + String.join(", ", STATUSES));
      }
    }
    if (!wanted.isEmpty()) {
      filter = filter.and(key -> wanted.contains(statuses.get(key)));
    }
    return filter;
  }

  private static int intParam(Map<String, List<String>> query, String name, int fallback, int min, int max) {
    List<String> values = query.getOrDefault(name, List.of());
    if (values.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(values.get(0));
      if (value < min || value > max) {
        throw FakeKilibaError.badRequest(name + " must be between " + min + " and " + max);
      }
      return value;
    } catch (NumberFormatException e) {
      throw FakeKilibaError.badRequest(name + " must be a number");
    }
  }

  private String now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
