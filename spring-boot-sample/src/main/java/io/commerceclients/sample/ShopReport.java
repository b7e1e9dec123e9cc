package io.commerceclients.sample;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.micrometer.MicrometerClientObserver;
import io.commerceclients.spring.boot.autoconfigure.ClientHealthIndicator;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.FakeApi;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Calls each API once through the injected clients, read-only, and prints what it did and what
 * came back; then what the starter's health indicators report, and the calls' metrics.
 */
@Component
class ShopReport implements ApplicationRunner {
  private final KilibaClient kiliba;
  private final KarlaClient karla;
  private final KiboImportExportClient kibo;
  private final ObjectProvider<FakeApi> fakes;
  private final Map<String, ClientHealthIndicator> healthIndicators;
  private final ObjectProvider<MeterRegistry> meters;
  private final PrintStream out = System.out;

  ShopReport(KilibaClient kiliba, KarlaClient karla, KiboImportExportClient kibo, ObjectProvider<FakeApi> fakes,
      Map<String, ClientHealthIndicator> healthIndicators, ObjectProvider<MeterRegistry> meters) {
    this.meters = meters;
    this.kiliba = kiliba;
    this.karla = karla;
    this.kibo = kibo;
    this.fakes = fakes;
    this.healthIndicators = new TreeMap<>(healthIndicators);
  }

  @Override
  public void run(ApplicationArguments args) {
    String embedded = fakes.orderedStream().map(fake -> fake.getClass().getSimpleName() + " at " + fake.baseUrl())
        .collect(Collectors.joining(", "));
    if (!embedded.isEmpty()) {
      out.println("No credentials for some APIs: using the embedded " + embedded
          + " (set commerce.<api>.* or COMMERCE_<API>_* to use the real APIs).");
    }
    fakes.orderedStream().filter(FakeKiliba.class::isInstance)
        .forEach(fake -> ((FakeKiliba) fake).customers().addGenerated(42));

    out.println("-> Kiliba: GET /client/v1/customers/paginated, first page of 10");
    CustomerPage page = kiliba.customers().list(ListCustomersRequest.builder().limit(10).page(1).build());
    out.println("   " + page.customers().size() + " customers on the page, " + page.total().orElse(0L) + " in all");

    out.println("-> Karla: GET /v1/shops/" + karla.defaultShop() + ", then the shop's orders");
    Shop shop = karla.shop().get();
    out.println("   shop " + shop.slug() + ", "
        + karla.orders().search(OrderSearchRequest.builder().build()).size() + " orders on the first page");

    out.println("-> Kibo: OAuth token, tenant lookup, GET /platform/data/import (first 5 jobs)");
    out.println("   " + kibo.imports().list(ListJobsRequest.builder().pageSize(5).build()).size() + " import jobs");

    healthIndicators.forEach((bean, indicator) -> out.println("-> health " + bean.replace("HealthIndicator", "")
        + ": " + indicator.health().getStatus() + " " + indicator.health().getDetails()));
    meters.ifAvailable(registry -> registry.find(MicrometerClientObserver.OPERATIONS).timers().stream()
        .sorted(Comparator.comparing(timer -> timer.getId().getTag("operation")))
        .forEach(timer -> out.println("-> metric " + MicrometerClientObserver.OPERATIONS + " operation="
            + timer.getId().getTag("operation") + " outcome=" + timer.getId().getTag("outcome") + ": "
            + timer.count() + " call(s), " + Math.round(timer.mean(TimeUnit.MILLISECONDS)) + " ms mean")));
  }
}
