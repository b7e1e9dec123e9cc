package io.commerceclients.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.ref.Reference;

/**
 * Runs in a child JVM: what a client costs while it sits idle and once it has made one call (a page
 * of ten customers): heap retained after a full collection, threads started, classes loaded and
 * metaspace, each counted from before the client was built. Arguments: base URL, API key, {@code
 * sdk|baseline}.
 */
public final class Footprint {
  private Footprint() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    boolean sdk = args[2].equals("sdk");
    Snapshot before = Snapshot.take();
    Object client = sdk ? SdkClient.build(args[0], args[1]) : BaselineClient.build();
    Snapshot idle = Snapshot.take();
    int read = sdk ? SdkClient.call(client) : BaselineClient.call(client, args[0], args[1]);
    Snapshot called = Snapshot.take();
    Reference.reachabilityFence(client);
    if (read != 10) {
      throw new IllegalStateException("read " + read + " customers, expected 10");
    }
    report("idle", idle, before);
    report("called", called, before);
    System.exit(0);
  }

  private static void report(String when, Snapshot now, Snapshot before) {
    ForkedJvm.report(when + "HeapKb", (now.heap - before.heap) / 1024.0);
    ForkedJvm.report(when + "Threads", now.threads - before.threads);
    ForkedJvm.report(when + "Classes", now.classes - before.classes);
    ForkedJvm.report(when + "MetaspaceKb", (now.metaspace - before.metaspace) / 1024.0);
  }

  /** What the JVM holds at one moment, after full collections. */
  private static final class Snapshot {
    long heap;
    int threads;
    long classes;
    long metaspace;

    static Snapshot take() throws InterruptedException {
      for (int i = 0; i < 3; i++) {
        System.gc();
        Thread.sleep(50);
      }
      Snapshot s = new Snapshot();
      s.heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      s.threads = ManagementFactory.getThreadMXBean().getThreadCount();
      s.classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getName().equals("Metaspace")) {
          s.metaspace = pool.getUsage().getUsed();
        }
      }
      return s;
    }
  }

  private static final class SdkClient {
    static Object build(String baseUrl, String key) {
      return io.commerceclients.kiliba.KilibaClient.builder().apiKey(key).baseUrl(baseUrl).build();
    }

    static int call(Object client) {
      return ((io.commerceclients.kiliba.KilibaClient) client).customers()
          .list(io.commerceclients.kiliba.model.customers.ListCustomersRequest.builder().limit(10).page(1).build())
          .customers().size();
    }
  }

  /** The hand-written client: an OkHttpClient and a mapper with JavaTimeModule. */
  private static final class BaselineClient {
    final okhttp3.OkHttpClient http = new okhttp3.OkHttpClient();
    final com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper()
        .registerModule(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule())
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(com.fasterxml.jackson.databind.DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

    static Object build() {
      return new BaselineClient();
    }

    static int call(Object client, String baseUrl, String key) throws Exception {
      BaselineClient c = (BaselineClient) client;
      okhttp3.Request request = new okhttp3.Request.Builder()
          .url(baseUrl + "/client/v1/customers/paginated?limit=10&page=1").header("X-API-Key", key).build();
      try (okhttp3.Response response = c.http.newCall(request).execute()) {
        return c.mapper.readValue(response.body().byteStream(), BaselineCustomerPage.class).customers.size();
      }
    }
  }
}
