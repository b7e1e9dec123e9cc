package io.commerceclients.examples;

import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.Optional;

/**
 * Shared set-up of the Kiliba examples: a client on the real API when {@code KILIBA_API_KEY} is
 * set (base URL from {@code KILIBA_BASE_URL}, default production), otherwise on a started {@link
 * FakeKiliba} seeded with a few hundred customers.
 */
final class KilibaExampleSupport implements AutoCloseable {

  final KilibaClient client;
  final Optional<FakeKiliba> fake;

  private KilibaExampleSupport(KilibaClient client, Optional<FakeKiliba> fake) {
    this.client = client;
    this.fake = fake;
  }

  static KilibaExampleSupport open() {
    String key = System.getenv("KILIBA_API_KEY");
    if (key != null && !key.isBlank()) {
      KilibaClient client = KilibaClient.builder().fromEnv().applicationName("kiliba-examples").build();
      System.out.println("Using the real Kiliba API: " + client);
      return new KilibaExampleSupport(client, Optional.empty());
    }
    FakeKiliba fake = FakeKiliba.started();
    fake.customers().addGenerated(2_500);
    System.out.println("KILIBA_API_KEY is not set: using FakeKiliba at " + fake.baseUrl() + " with 2500 customers");
    KilibaClient client = KilibaClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build();
    return new KilibaExampleSupport(client, Optional.of(fake));
  }

  /** Whether steps that write data may run: always on the fake, on the real API only if asked to. */
  boolean mayWrite() {
    return fake.isPresent() || "true".equalsIgnoreCase(System.getenv("KILIBA_EXAMPLES_WRITE"));
  }

  @Override
  public void close() {
    client.close();
    fake.ifPresent(FakeKiliba::close);
  }
}
