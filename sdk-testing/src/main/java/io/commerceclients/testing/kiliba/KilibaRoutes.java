package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Routes a request to the fake's state: authentication, paths and error bodies. */
final class KilibaRoutes {

  /**
   * The fake's answer to one request.
   *
   * @param status the HTTP status
   * @param json the JSON body, or null for none
   */
  record Answer(int status, JsonNode json) {}

  private static final String API = "/client/v1/";
  private static final Pattern IMPORT = Pattern.compile("/client/v1/import/([a-z-]+)");
  private static final Pattern UPLOAD = Pattern.compile("/client/v1/physical-stores/uploads/([^/]+)");
  private static final Pattern COMPLETE = Pattern.compile("/client/v1/physical-stores/uploads/([^/]+)/complete");
  private static final Pattern STORAGE = Pattern.compile(Pattern.quote(FakeKilibaUploads.STORAGE_PREFIX) + "([^/]+)");

  private final byte[] apiKey;
  private final FakeKilibaCustomers customers;
  private final FakeKilibaImports imports;
  private final FakeKilibaUploads uploads;
  private final FakeKilibaEmails emails;

  KilibaRoutes(String apiKey, FakeKilibaCustomers customers, FakeKilibaImports imports,
      FakeKilibaUploads uploads, FakeKilibaEmails emails) {
    this.apiKey = apiKey.getBytes(StandardCharsets.UTF_8);
    this.customers = customers;
    this.imports = imports;
    this.uploads = uploads;
    this.emails = emails;
  }

  /**
   * Answers one request.
   *
   * @param headers the request headers, names in lower case
   * @param baseUrl the fake's own base URL, for the pre-signed storage URLs
   */
  Answer handle(String method, String path, Map<String, List<String>> query, Map<String, String> headers,
      byte[] body, String baseUrl) {
    try {
      Matcher storage = STORAGE.matcher(path);
      if (storage.matches()) {
        if (!"PUT".equals(method)) {
          throw new FakeKilibaError(405, "Only PUT is allowed on a pre-signed URL");
        }
        String signature = query.getOrDefault("X-Amz-Signature", List.of("")).get(0);
        uploads.store(storage.group(1), signature, headers, body);
        return new Answer(200, null);
      }
      if (!path.startsWith(API)) {
        throw FakeKilibaError.notFound("Cannot " + method + " " + path);
      }
      authenticate(headers.get("x-api-key"));
      return new Answer(200, route(method, path, query, body, baseUrl));
    } catch (FakeKilibaError e) {
      ObjectNode error = FakeJson.MAPPER.createObjectNode();
      error.put("statusCode", e.status);
      error.put("message", e.getMessage());
      error.put("error", e.reason());
      return new Answer(e.status, error);
    }
  }

  private JsonNode route(String method, String path, Map<String, List<String>> query, byte[] body, String baseUrl) {
    if (path.equals(API + "customers/paginated") && method.equals("GET")) {
      return customers.list(query);
    }
    if (path.equals(API + "customers/blacklist") && method.equals("POST")) {
      return customers.blacklist(FakeJson.parse(body));
    }
    if (path.equals(API + "customers/whitelist") && method.equals("POST")) {
      return customers.whitelist(FakeJson.parse(body));
    }
    Matcher importPath = IMPORT.matcher(path);
    if (importPath.matches() && method.equals("POST")) {
      Optional<FakeKilibaImports.Resource> resource = FakeKilibaImports.Resource.byPath(importPath.group(1));
      if (resource.isPresent()) {
        return imports.accept(resource.get(), body);
      }
    }
    if (path.equals(API + "physical-stores/uploads") && method.equals("POST")) {
      return uploads.create(FakeJson.parse(body), baseUrl);
    }
    Matcher complete = COMPLETE.matcher(path);
    if (complete.matches() && method.equals("POST")) {
      return uploads.complete(complete.group(1));
    }
    Matcher upload = UPLOAD.matcher(path);
    if (upload.matches() && method.equals("GET")) {
      return uploads.read(upload.group(1));
    }
    if (path.equals(API + "transactional-emails/send") && method.equals("POST")) {
      return emails.send(FakeJson.parse(body));
    }
    throw FakeKilibaError.notFound("Cannot " + method + " " + path);
  }

  private void authenticate(String given) {
    if (given == null || !MessageDigest.isEqual(apiKey, given.getBytes(StandardCharsets.UTF_8))) {
      throw new FakeKilibaError(401, "Invalid or missing API key");
    }
  }
}
