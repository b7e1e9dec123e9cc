package io.commerceclients.kibo.importexport.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobItemsFilter;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.ListBatchJobsRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every argument the batch-job service validates: the call fails with a {@link ValidationException}
 * that names the field and the limit, and the fake received no request at all (not even for a token).
 */
class BatchJobBadInputTest {

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  private KiboImportExportClient client;

  @BeforeEach
  void setUp() {
    kibo.clearRequests();
    client = KiboImportExportClient.builder().authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret()).sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** One bad call: the field the error must name, a fragment of the limit it must state, and the call. */
  record Bad(String field, String limit, Consumer<BatchJobsService> call) {
    @Override
    public String toString() {
      return field + " (" + limit + ")";
    }
  }

  static Bad bad(String field, String limit, Consumer<BatchJobsService> call) {
    return new Bad(field, limit, call);
  }

  static Stream<Bad> badInput() {
    String blank = "must not be blank";
    String step = "must not be '.' or '..'";
    return Stream.of(
        bad("request", "required", b -> b.create(null)),
        bad("code", blank, b -> b.create(CreateBatchJobRequest.builder().code(" ").build())),
        bad("code", step, b -> b.create(CreateBatchJobRequest.builder().code("..").build())),
        bad("name", blank, b -> b.create(CreateBatchJobRequest.builder().name("").build())),
        bad("code", blank, b -> b.get(null)),
        bad("code", blank, b -> b.get(" ")),
        bad("code", step, b -> b.get(".")),
        bad("code", blank, b -> b.update(UpdateBatchJobRequest.builder().code("").name("x").build())),
        bad("name", blank, b -> b.update(UpdateBatchJobRequest.builder().code("B1").name(" ").build())),
        bad("code", blank, b -> b.delete("")),
        bad("code", blank, b -> b.start(" ")),
        bad("code", step, b -> b.cancel("..")),
        bad("code", blank, b -> b.reset(null)),
        bad("action", "required", b -> b.perform("B1", null)),
        bad("action", blank, b -> b.perform("B1", BatchJobActionType.of(" "))),
        bad("code", blank, b -> b.availableActions("")),
        bad("code", blank, b -> b.summary(" ")),
        bad("startIndex", "between 0 and", b -> b.list(ListBatchJobsRequest.builder().startIndex(-1).build())),
        bad("pageSize", "between 1 and 200, got 201", b -> b.list(ListBatchJobsRequest.builder().pageSize(201).build())),
        bad("pageSize", "between 1 and 200, got 0", b -> b.listAll(ListBatchJobsRequest.builder().pageSize(0).build())),
        bad("pageSize", "between 1 and 200", b -> b.summaries(ListBatchJobsRequest.builder().pageSize(1000).build())),
        bad("startIndex", "between 0 and", b -> b.summariesAll(ListBatchJobsRequest.builder().startIndex(-5).build())),
        bad("request", "required", b -> b.summaries(null)),
        bad("code", blank, b -> b.items("", BatchJobItemsFilter.all())),
        bad("filter", "required", b -> b.items("B1", null)),
        bad("pageSize", "between 1 and 200", b -> b.items("B1", BatchJobItemsFilter.builder().pageSize(201).build())),
        bad("startIndex", "between 0 and", b -> b.itemsAll("B1", BatchJobItemsFilter.builder().startIndex(-1).build())),
        bad("code", step, b -> b.itemsAll(".", BatchJobItemsFilter.all())),
        bad("correlationId", blank, b -> b.item("B1", " ")),
        bad("correlationId", step, b -> b.item("B1", "..")),
        bad("code", blank, b -> b.item(null, "c1")),
        bad("request", "required", b -> b.run((BatchJobRunRequest) null)),
        bad("code", blank, b -> b.run(" ")),
        bad("code", blank, b -> b.run(BatchJobRunRequest.builder().code("").build())),
        bad("maxFailedItems", "between 1 and", b -> b.run(BatchJobRunRequest.builder().code("B1").maxFailedItems(0).build())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badInput(Bad bad) {
    ValidationException e = assertThrows(ValidationException.class, () -> bad.call().accept(client.batchJobs()));

    assertEquals(bad.field(), e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(bad.field() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(bad.limit()), () -> "the limit is stated: " + e.getMessage());
    assertTrue(kibo.requests().isEmpty(), () -> "sent: " + kibo.requests());
  }
}
