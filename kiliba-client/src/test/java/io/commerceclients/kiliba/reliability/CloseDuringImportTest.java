package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.ImportStoppedException;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Closing the client while a bulk import runs, blocking or asynchronous: the import ends, and every
 * item read is still in exactly one place of its report (a batch sent before the close, a failed
 * batch with its items, or the unsent items).
 */
@WireMockTest
class CloseDuringImportTest {

  private static volatile CountDownLatch firstBatch;
  private static final ImportOptions OPTIONS = ImportOptions.builder().maxItemsPerBatch(10).concurrency(2)
      .progressListener((batch, done) -> firstBatch.countDown()).build();

  @Test
  void aBlockingImportAccountsForEveryItemWhenTheClientIsClosed(WireMockRuntimeInfo wm) throws Exception {
    KilibaClient client = client(wm);
    CompletableFuture<ImportReport<CustomerGroup>> running = CompletableFuture.supplyAsync(
        () -> client.imports().customerGroups().send(GROUPS, OPTIONS));
    assertTrue(firstBatch.await(30, TimeUnit.SECONDS));
    client.close();

    check(running.get(60, TimeUnit.SECONDS));
  }

  @Test
  void anAsynchronousImportAccountsForEveryItemWhenTheClientIsClosed(WireMockRuntimeInfo wm) throws Exception {
    KilibaClient client = client(wm);
    var running = client.async().imports().customerGroups().send(GROUPS, OPTIONS);
    assertTrue(firstBatch.await(30, TimeUnit.SECONDS));
    client.close();

    check(running.report().get(60, TimeUnit.SECONDS));
  }

  @Test
  void closingTheClientStopsTheReadingOfAnEndlessInputInBothForms(WireMockRuntimeInfo wm) throws Exception {
    KilibaClient client = client(wm);
    CompletableFuture<ImportReport<CustomerGroup>> running = CompletableFuture.supplyAsync(
        () -> client.imports().customerGroups().send(endless(), OPTIONS));
    assertTrue(firstBatch.await(30, TimeUnit.SECONDS));
    client.close();
    stoppedByTheClose(running.get(60, TimeUnit.SECONDS));

    KilibaClient second = client(wm);
    var async = second.async().imports().customerGroups().send(endless(), OPTIONS);
    assertTrue(firstBatch.await(30, TimeUnit.SECONDS));
    second.close();
    stoppedByTheClose(async.report().get(60, TimeUnit.SECONDS));
  }

  private static Stream<CustomerGroup> endless() {
    return Stream.iterate(0, i -> i + 1).map(i -> CustomerGroup.builder().id(KilibaId.of(i)).name("G" + i).build());
  }

  private static void stoppedByTheClose(ImportReport<CustomerGroup> report) {
    ImportStoppedException stop = assertInstanceOf(ImportStoppedException.class, report.stoppedBy().orElseThrow());
    assertEquals(ImportStoppedException.Reason.CLIENT_CLOSED, stop.reason());
    assertTrue(report.itemsRead() < 1_000, () -> "the reading stopped soon after the close: " + report.itemsRead());
    assertEquals(report.itemsRead(), report.itemsSucceeded() + report.itemsFailed() + report.unsentItems().size());
  }

  private static final List<CustomerGroup> GROUPS = IntStream.range(0, 100)
      .mapToObj(i -> CustomerGroup.builder().id(KilibaId.of(i)).name("G" + i).build()).collect(Collectors.toList());

  private static KilibaClient client(WireMockRuntimeInfo wm) {
    firstBatch = new CountDownLatch(1);
    stubFor(post(urlPathEqualTo("/client/v1/import/customer-groups")).willReturn(okJson("{\"processed\":10}").withFixedDelay(50)));
    return KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey("test-key-123").sleeper(d -> { }).build();
  }

  private static void check(ImportReport<CustomerGroup> report) {
    assertEquals(report.itemsRead(), report.itemsSucceeded() + report.itemsFailed() + report.unsentItems().size());
    assertTrue(report.itemsSucceeded() >= 10, () -> "the first batch was sent: " + report);
    List<CustomerGroup> seen = new ArrayList<>(report.unsentItems());
    report.failedBatches().stream().map(FailedBatch::items).forEach(seen::addAll);
    assertEquals(report.itemsFailed() + report.unsentItems().size(), seen.size());
    assertEquals(seen.size(), seen.stream().distinct().count(), "no item twice");
    Collection<CustomerGroup> notSucceeded = seen;
    assertTrue(GROUPS.containsAll(notSucceeded));
  }
}
