package io.commerceclients.examples;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.examples.support.Console;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.time.Duration;
import java.util.Optional;

/**
 * Shared set-up of the Kiliba examples: a client on the real API when {@code KILIBA_API_KEY} is
 * set (base URL from {@code KILIBA_BASE_URL}, default production), otherwise on a started {@link
 * FakeKiliba} seeded with 2,500 customers.
 */
final class KilibaExampleSupport implements AutoCloseable {

  static final int SEEDED_CUSTOMERS = 2_500;

  final KilibaClient client;
  final Optional<FakeKiliba> fake;

  private KilibaExampleSupport(KilibaClient client, Optional<FakeKiliba> fake) {
    this.client = client;
    this.fake = fake;
  }

  static KilibaExampleSupport open() {
    String key = System.getenv("KILIBA_API_KEY");
    if (key != null && !key.isBlank()) {
      KilibaClient client = KilibaClient.builder().fromEnv().applicationName("commerce-clients-examples").build();
      String url = System.getenv("KILIBA_BASE_URL");
      Console.target("Kiliba", true, url == null || url.isBlank() ? KilibaClient.DEFAULT_BASE_URL : url.trim(), "");
      return new KilibaExampleSupport(client, Optional.empty());
    }
    FakeKiliba fake = FakeKiliba.started();
    fake.customers().addGenerated(SEEDED_CUSTOMERS);
    Console.target("Kiliba", false, fake.baseUrl() + " (seeded with " + SEEDED_CUSTOMERS + " customers)",
        "set KILIBA_API_KEY (and KILIBA_BASE_URL=" + KilibaClient.PREPROD_BASE_URL
            + " for pre-production); steps that write data then also need KILIBA_EXAMPLES_WRITE=true");
    KilibaClient client = KilibaClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
    return new KilibaExampleSupport(client, Optional.of(fake));
  }

  /** Whether steps that write data may run: always on the fake, on the real API only if asked to. */
  boolean mayWrite() {
    return fake.isPresent() || "true".equalsIgnoreCase(System.getenv("KILIBA_EXAMPLES_WRITE"));
  }

  /** Says why a writing step is skipped, when it is. */
  boolean skipWrites(String what) {
    if (mayWrite()) {
      return false;
    }
    Console.step("Skipping " + what + " on the real account (set KILIBA_EXAMPLES_WRITE=true to run it)");
    return true;
  }

  /** Polling for parsing: quick on the fake, the client's defaults on the real API. */
  PollingOptions polling() {
    return fake.isPresent()
        ? PollingOptions.builder().interval(Duration.ofMillis(50)).multiplier(1).build()
        : PollingOptions.defaults();
  }

  @Override
  public void close() {
    client.close();
    fake.ifPresent(FakeKiliba::close);
  }
}
