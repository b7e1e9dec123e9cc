package io.commerceclients.kiliba;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kiliba.imports.BatchResult;
import io.commerceclients.kiliba.imports.FailedBatch;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.imports.PartiallyAcceptedException;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.kiliba.FakeKilibaImports.Resource;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How Kiliba's 2xx answer to an import request decides a batch's outcome: a {@code processed} count
 * below the items sent is a partial acceptance, a count that cannot describe the batch or no count
 * at all is a {@code ProtocolException}; either way the batch is failed with all its items.
 */
class ImportAnswersTest {

  private static final String PRODUCTS = "/client/v1/import/products";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private final List<Product> input = KilibaFakeTest.products(2_500, "d");
  private KilibaClient client;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @ParameterizedTest(name = "concurrency {0}")
  @ValueSource(ints = {1, 3})
  void aBatchKilibaProcessedOnlyInPartIsFailedWithBothCountsAndAllItsItems(int concurrency) {
    kiliba.faults().failNext(1, RequestMatcher.of("POST", PRODUCTS), Fault.status(200, "{\"processed\":10}"));

    // Three full batches: with several in flight, whichever reaches the fake first is the partial one.
    List<Product> input = KilibaFakeTest.products(3_000, "p");
    ImportReport<Product> report = client.imports().products().send(input, ImportOptions.builder().concurrency(concurrency).build());

    assertFalse(report.isSuccessful());
    assertEquals(1, report.failedBatches().size());
    FailedBatch<Product> partial = report.failedBatches().get(0);
    assertTrue(partial.partiallyAccepted());
    assertTrue(partial.result().partiallyAccepted());
    assertFalse(partial.result().succeeded());
    int from = (int) partial.result().firstItemIndex();
    assertEquals(input.subList(from, from + 1000), partial.items());
    assertEquals(1000, partial.result().itemCount());
    assertEquals(Optional.of(10L), partial.result().processed());
    PartiallyAcceptedException e = assertInstanceOf(PartiallyAcceptedException.class, partial.error());
    assertEquals(1000, e.itemsSent());
    assertEquals(10, e.itemsProcessed());
    assertTrue(e.getMessage().contains("POST " + PRODUCTS), e.getMessage());
    assertTrue(e.getMessage().contains("only 10 of the 1000 items"), e.getMessage());
    assertEquals(2_000, report.itemsSucceeded());
    assertEquals(1_000, report.itemsFailed());
    assertEquals(2_010, report.processed());
    assertEquals(1, report.batches().stream().filter(BatchResult::partiallyAccepted).count());
    // The wire: three requests of 1000 items each; the fake stored the two it accepted.
    List<Integer> sizes = kiliba.requests(r -> r.path().equals(PRODUCTS)).stream().map(ImportAnswersTest::items)
        .collect(Collectors.toList());
    assertEquals(List.of(1000, 1000, 1000), sizes);
    assertEquals(2_000, kiliba.imports().count(Resource.PRODUCTS));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{}                    | the answer has no 'processed' count",
      "{\"processed\":null}  | the answer has no 'processed' count",
      "{\"processed\":1001}  | the answer's 'processed' is 1001, which is not a count of the 1000 items sent",
      "{\"processed\":-1}    | the answer's 'processed' is -1, which is not a count of the 1000 items sent"})
  void anAnswerWithoutAUsableCountFailsTheBatchWithAProtocolException(String answer, String expected) {
    kiliba.faults().failNext(1, RequestMatcher.of("POST", PRODUCTS), Fault.status(200, answer));

    ImportReport<Product> report = client.imports().products().send(input);

    assertFalse(report.isSuccessful());
    assertEquals(1, report.failedBatches().size());
    FailedBatch<Product> failed = report.failedBatches().get(0);
    assertFalse(failed.partiallyAccepted());
    assertEquals(input.subList(0, 1000), failed.items());
    ProtocolException e = assertInstanceOf(ProtocolException.class, failed.error());
    assertEquals("POST " + PRODUCTS + ", batch 1 (1000 items): " + expected, e.getMessage());
    assertEquals(List.of(false, true, true), report.batches().stream().map(BatchResult::succeeded).collect(Collectors.toList()));
    assertEquals(3, kiliba.requestCount("POST", PRODUCTS));
  }

  @ParameterizedTest(name = "status {0}")
  @ValueSource(ints = {204, 200})
  void anEmptyAnswerFailsTheBatchWithItsItems(int status) {
    kiliba.faults().failNext(1, RequestMatcher.of("POST", PRODUCTS), Fault.status(status, ""));

    ImportReport<Product> report = client.imports().products().send(input);

    assertFalse(report.isSuccessful());
    assertEquals(1, report.failedBatches().size());
    assertEquals(input.subList(0, 1000), report.failedItems());
    assertTrue(report.failedBatches().get(0).result().processed().isEmpty());
    assertEquals(1_500, report.itemsSucceeded());
    assertEquals(2_500, report.itemsRead());
  }

  @Test
  void aCountEqualToTheItemsSentIsASuccess() {
    ImportReport<Product> report = client.imports().products().send(input.subList(0, 7));

    assertTrue(report.isSuccessful());
    assertEquals(Optional.of(7L), report.batches().get(0).processed());
    assertFalse(report.batches().get(0).partiallyAccepted());
  }

  private static int items(RecordedRequest request) {
    try {
      return JSON.readTree(request.body()).size();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
