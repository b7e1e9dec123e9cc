package io.commerceclients.benchmarks;

import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark 2: iterating 1,000,000 customers (1,000 pages of 1,000) in a JVM capped at 128 MB,
 * against a fake served from this JVM; also at a tenth of the size, to show memory stays flat.
 */
final class CustomerIterationBenchmark {
  private final FakeKiliba fake;
  private final int customers;

  CustomerIterationBenchmark(FakeKiliba fake, int customers) {
    this.fake = fake;
    this.customers = customers;
  }

  List<Measurement> run() throws Exception {
    fake.customers().clear();
    fake.customers().addGenerated(customers / 10);
    Map<String, Double> sdkSmall = child("sdk", customers / 10);
    Map<String, Double> baseSmall = child("baseline", customers / 10);
    fake.customers().addGenerated(customers - customers / 10);
    Map<String, Double> sdk = child("sdk", customers);
    Map<String, Double> base = child("baseline", customers);
    Map<String, Double> sdk2 = child("sdk", customers);
    Map<String, Double> base2 = child("baseline", customers);
    fake.customers().clear();
    List<Measurement> out = new ArrayList<>();
    String name = "2. Kiliba iterate " + customers + " customers, -Xmx128m";
    out.add(new Measurement(name, "items/s", Math.max(sdk.get("itemsPerSecond"), sdk2.get("itemsPerSecond")),
        Math.max(base.get("itemsPerSecond"), base2.get("itemsPerSecond")), true));
    out.add(new Measurement(name, "peak heap MB", sdk.get("peakHeapMb"), base.get("peakHeapMb"), false));
    out.add(new Measurement("   same, " + customers / 10 + " customers", "peak heap MB", sdkSmall.get("peakHeapMb"),
        baseSmall.get("peakHeapMb"), false));
    return out;
  }

  private Map<String, Double> child(String mode, int expected) throws Exception {
    return ForkedJvm.run("128m", CustomerIteration.class, fake.baseUrl(), fake.apiKey(), mode, Integer.toString(expected));
  }
}
