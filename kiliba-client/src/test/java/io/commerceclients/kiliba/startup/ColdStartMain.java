package io.commerceclients.kiliba.startup;

import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;

/**
 * The child JVM of {@link ColdStartTest}: builds two clients, makes one call, then reports the
 * SDK's threads. Arguments: base URL, API key.
 */
public final class ColdStartMain {
  private ColdStartMain() {}

  /** Entry point. */
  public static void main(String[] args) throws Exception {
    try (KilibaClient first = KilibaClient.builder().apiKey(args[1]).baseUrl(args[0]).build();
        KilibaClient second = KilibaClient.builder().apiKey(args[1]).baseUrl(args[0]).build()) {
      System.out.println("CUSTOMERS " + first.customers().list(ListCustomersRequest.builder().limit(2).build())
          .customers().size());
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (warmUpThreads() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      System.out.println("WARM-UP THREADS LEFT " + warmUpThreads());
      System.out.println("STARTED " + second.getClass().getSimpleName());
    }
  }

  private static long warmUpThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("commerce-clients-warm-up")).count();
  }
}
