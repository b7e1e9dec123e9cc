package io.commerceclients.testing.kiliba;

import java.time.Clock;

/**
 * A stateful fake of the whole Kiliba API on loopback, for tests: it checks {@code X-API-Key},
 * serves seeded customers with real pagination and filtering, stores every import, and runs
 * physical-store uploads through a fake pre-signed storage URL.
 */
public final class FakeKiliba {

  /** The API key the fake accepts unless another is given. */
  public static final String DEFAULT_API_KEY = "fake-kiliba-key";

  private final FakeKilibaCustomers customers;
  private final FakeKilibaImports imports;
  private final FakeKilibaUploads uploads;
  private final FakeKilibaEmails emails;
  private final KilibaRoutes routes;
  private final String apiKey;

  /** Creates a fake that accepts {@link #DEFAULT_API_KEY}. */
  public FakeKiliba() {
    this(DEFAULT_API_KEY);
  }

  /** Creates a fake that accepts only {@code apiKey}. */
  public FakeKiliba(String apiKey) {
    Clock clock = Clock.systemUTC();
    this.apiKey = apiKey;
    this.customers = new FakeKilibaCustomers(clock);
    this.imports = new FakeKilibaImports();
    this.uploads = new FakeKilibaUploads(clock);
    this.emails = new FakeKilibaEmails();
    this.routes = new KilibaRoutes(apiKey, customers, imports, uploads, emails);
  }

  /** Returns the API key the fake accepts. */
  public String apiKey() {
    return apiKey;
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

  KilibaRoutes routes() {
    return routes;
  }
}
