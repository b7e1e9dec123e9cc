package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeApi;
import io.commerceclients.testing.server.FakeHttpServer;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import io.commerceclients.testing.server.Handler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A stateful fake of the whole Kiliba API on loopback, for tests. It checks {@code X-API-Key};
 * serves seeded customers with real pagination and filtering and applies blacklist and whitelist to
 * them; validates and stores every import (overwriting by id, as Kiliba does); runs physical-store
 * uploads through a fake pre-signed storage URL on the same server, which refuses any request that
 * carries credentials; and records transactional emails. Errors come back as {@code {statusCode,
 * message, error}}. Fault injection and request recording come from {@link FakeHttpServer}; it is
 * one of the {@link FakeApi} family, so it hands out {@link #clientBuilder()} and, as a JUnit 5
 * extension, injects itself and a ready {@code KilibaClient} into test methods.
 *
 * <pre>{@code
 * @RegisterExtension static FakeKiliba kiliba = new FakeKiliba();
 *
 * @Test void blacklists(KilibaClient client) {   // built by kiliba.clientBuilder(), closed after the test
 *   client.customers().blacklist(List.of("jane@example.com"));
 * }
 * }</pre>
 */
public final class FakeKiliba extends FakeApi {

  /** The API key the fake accepts unless another is given. */
  public static final String DEFAULT_API_KEY = "fake-kiliba-key";

  private static final String API = "/client/v1";

  private final byte[] apiKey;
  private final String apiKeyText;
  private final FakeKilibaCustomers customers;
  private final FakeKilibaImports imports = new FakeKilibaImports();
  private final FakeKilibaUploads uploads;
  private final FakeKilibaEmails emails = new FakeKilibaEmails();

  /** Creates a fake, not started, that accepts {@link #DEFAULT_API_KEY}; JUnit starts it when registered. */
  public FakeKiliba() {
    this(DEFAULT_API_KEY);
  }

  /**
   * Creates a fake, not started, that accepts only {@code apiKey}.
   *
   * @throws IllegalArgumentException if {@code apiKey} is null or blank
   */
  public FakeKiliba(String apiKey) {
    super("io.commerceclients.kiliba.KilibaClient", "kiliba-client");
    credential(apiKey, "apiKey");
    Clock clock = Clock.systemUTC();
    this.apiKeyText = apiKey;
    this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    this.customers = new FakeKilibaCustomers(clock);
    this.uploads = new FakeKilibaUploads(clock);
    route("GET", API + "/customers/paginated", authed(r -> ok(customers.list(r.queryParams()))));
    route("POST", API + "/customers/blacklist",
        authed(r -> ok(customers.blacklist(KilibaFakeJson.parse(r.bodyBytes())))));
    route("POST", API + "/customers/whitelist",
        authed(r -> ok(customers.whitelist(KilibaFakeJson.parse(r.bodyBytes())))));
    for (FakeKilibaImports.Resource resource : FakeKilibaImports.Resource.values()) {
      route("POST", API + "/import/" + resource.path(),
          authed(r -> ok(imports.accept(resource, r.bodyBytes(FakeKilibaImports.MAX_BYTES)))));
    }
    route("POST", API + "/physical-stores/uploads",
        authed(r -> ok(uploads.create(KilibaFakeJson.parse(r.bodyBytes()), r.serverBaseUrl()))));
    route("POST", API + "/physical-stores/uploads/{uploadId}/complete",
        authed(r -> ok(uploads.complete(r.pathParam("uploadId")))));
    route("GET", API + "/physical-stores/uploads/{uploadId}",
        authed(r -> ok(uploads.read(r.pathParam("uploadId")))));
    route("POST", API + "/transactional-emails/send",
        authed(r -> ok(emails.send(KilibaFakeJson.parse(r.bodyBytes())))));
    route("PUT", FakeKilibaUploads.STORAGE_PREFIX + "{uploadId}", r -> {
      uploads.store(r.pathParam("uploadId"), r.query("X-Amz-Signature").orElse(""), headerNames(r),
          r.bodyBytes(Integer.MAX_VALUE - 8));
      return FakeResponse.status(200).header("ETag", "\"fake-etag\"");
    });
  }

  /** Creates a fake, not started, that accepts {@link #DEFAULT_API_KEY}: the same as {@code new FakeKiliba()}. */
  public static FakeKiliba create() {
    return new FakeKiliba();
  }

  /**
   * Creates a fake, not started, that accepts only {@code apiKey}: the same as {@code new FakeKiliba(apiKey)}.
   *
   * @throws IllegalArgumentException if {@code apiKey} is null or blank
   */
  public static FakeKiliba create(String apiKey) {
    return new FakeKiliba(apiKey);
  }

  /** Creates and starts a fake that accepts {@link #DEFAULT_API_KEY}; close it when done. */
  public static FakeKiliba started() {
    return new FakeKiliba().start();
  }

  /** Starts the fake on a free loopback port; does nothing if it runs already. */
  @Override
  public synchronized FakeKiliba start() {
    super.start();
    return this;
  }

  /** Returns the API key the fake accepts. */
  public String apiKey() {
    return apiKeyText;
  }

  /** Returns the customers the fake serves, to seed and to inspect. */
  public FakeKilibaCustomers customers() {
    return customers;
  }

  /** Returns what the import endpoints received. */
  public FakeKilibaImports imports() {
    return imports;
  }

  /** Returns the physical-store uploads and what the fake storage received. */
  public FakeKilibaUploads uploads() {
    return uploads;
  }

  /** Returns the transactional emails sent. */
  public FakeKilibaEmails emails() {
    return emails;
  }

  /**
   * Returns the fake to its first state, on the same port with the same API key: forgets every
   * customer (and its status), every imported record and import request, every upload with its
   * stored file and refused storage request, every email sent, every recorded request and every
   * pending fault.
   */
  @Override
  public void reset() {
    customers.clear();
    imports.clear();
    uploads.clear();
    emails.clear();
    super.reset();
  }

  /** Points a {@code KilibaClient.Builder} at the fake: its base URL and API key. */
  @Override
  protected Map<String, Object> clientSettings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("baseUrl", baseUrl());
    settings.put("apiKey", apiKey());
    return settings;
  }

  @Override
  protected FakeResponse notFound(FakeRequest request) {
    return error(FakeKilibaError.notFound("Cannot " + request.method() + " " + request.path()));
  }

  @Override
  protected FakeResponse handlerFailed(FakeRequest request, Exception failure) {
    if (failure instanceof FakeKilibaError) {
      return error((FakeKilibaError) failure);
    }
    if (failure instanceof FakeRequest.MalformedBodyException) {
      return error(FakeKilibaError.badRequest(failure.getMessage()));
    }
    if (failure instanceof FakeRequest.PayloadTooLargeException) {
      return error(new FakeKilibaError(413, failure.getMessage()));
    }
    return super.handlerFailed(request, failure);
  }

  private Handler authed(Handler handler) {
    return request -> {
      String given = request.header("X-API-Key").orElse(null);
      if (given == null || !MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8))) {
        throw new FakeKilibaError(401, "Invalid or missing API key");
      }
      return handler.handle(request);
    };
  }

  private static FakeResponse ok(JsonNode body) {
    return FakeResponse.json(200, body);
  }

  private static FakeResponse error(FakeKilibaError e) {
    ObjectNode body = KilibaFakeJson.MAPPER.createObjectNode();
    body.put("statusCode", e.status);
    if (e.messages.isEmpty()) {
      body.put("message", e.getMessage());
    } else {
      e.messages.forEach(body.withArray("message")::add);
    }
    body.put("error", e.reason());
    return FakeResponse.json(e.status, body);
  }

  private static Map<String, String> headerNames(FakeRequest request) {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> h : request.headers().entrySet()) {
      if (h.getKey() != null) {
        headers.put(h.getKey().toLowerCase(Locale.ROOT), h.getValue().isEmpty() ? "" : h.getValue().get(0));
      }
    }
    return headers;
  }
}
