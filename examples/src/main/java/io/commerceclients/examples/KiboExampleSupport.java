package io.commerceclients.examples;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.examples.support.Console;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.KiboJob;
import io.commerceclients.testing.kibo.FakeKibo;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Shared set-up of the Kibo examples: a client on a real tenant when {@code KIBO_TENANT}, {@code
 * KIBO_CLIENT_ID} and {@code KIBO_SHARED_SECRET} are set, otherwise on a started {@link FakeKibo}.
 */
final class KiboExampleSupport implements AutoCloseable {

  final KiboImportExportClient client;
  final Optional<FakeKibo> fake;

  private KiboExampleSupport(KiboImportExportClient client, Optional<FakeKibo> fake) {
    this.client = client;
    this.fake = fake;
  }

  static KiboExampleSupport open() {
    Map<String, String> env = System.getenv();
    if (has(env, "KIBO_TENANT") && has(env, "KIBO_CLIENT_ID") && has(env, "KIBO_SHARED_SECRET")) {
      KiboImportExportClient client = KiboImportExportClient.fromEnv();
      Console.target("Kibo Import/Export", true, "tenant " + env.get("KIBO_TENANT") + " via auth host "
          + env.getOrDefault("KIBO_AUTH_HOST", KiboImportExportClient.DEFAULT_AUTH_HOST), "");
      return new KiboExampleSupport(client, Optional.empty());
    }
    FakeKibo fake = FakeKibo.started();
    Console.target("Kibo Import/Export", false, fake.baseUrl(),
        "set KIBO_TENANT, KIBO_CLIENT_ID and KIBO_SHARED_SECRET (and KIBO_AUTH_HOST outside the US pod,"
            + " e.g. home.euw1.kibocommerce.com)");
    KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(fake.baseUrl())
        .tenantId(fake.tenantId())
        .clientId(fake.clientId())
        .sharedSecret(fake.sharedSecret())
        .build();
    return new KiboExampleSupport(client, Optional.of(fake));
  }

  /** Polling: quick on the fake, the client's defaults (2 s growing to 30 s) on a real tenant. */
  PollingOptions polling() {
    return fake.isPresent()
        ? PollingOptions.builder().interval(Duration.ofMillis(100)).multiplier(1).build()
        : PollingOptions.defaults();
  }

  /** Returns a poll callback that shows the job's status on {@code display}. */
  static <J extends KiboJob> Consumer<J> showStatus(Consumer<String> display) {
    return job -> display.accept(job.status().orElse("?") + (job.isDone() ? ", done" : ""));
  }

  private static boolean has(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }

  @Override
  public void close() {
    client.close();
    fake.ifPresent(FakeKibo::close);
  }
}
