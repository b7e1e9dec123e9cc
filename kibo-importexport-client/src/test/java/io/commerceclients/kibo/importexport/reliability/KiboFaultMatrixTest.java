package io.commerceclients.kibo.importexport.reliability;

import io.commerceclients.core.support.FaultCase;
import io.commerceclients.core.support.RecordingSleeper;
import static io.commerceclients.core.support.FaultCase.MALFORMED;
import static io.commerceclients.core.support.FaultCase.RATE_LIMITED;
import static io.commerceclients.core.support.FaultCase.RATE_LIMITED_RETRY_AFTER;
import static io.commerceclients.core.support.FaultCase.RESET;
import static io.commerceclients.core.support.FaultCase.S500;
import static io.commerceclients.core.support.FaultCase.S503;
import static io.commerceclients.core.support.FaultCase.SUCCEEDS;
import static io.commerceclients.core.support.FaultCase.TIMEOUT;
import static io.commerceclients.core.support.FaultCase.TRUNCATED;
import static io.commerceclients.core.support.FaultCase.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of Kibo's job poll and token fetch: each fault is played on the first matching
 * request, once (the retry succeeds) or three times (retries run out); each cell says whether the
 * operation succeeds or which exception ends it, and how many requests reached the faulted endpoint.
 */
class KiboFaultMatrixTest {

  private static final String JOB = "/api/platform/data/export/{id}";
  private static final String TOKEN = "/api/platform/applications/authtickets/oauth";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private KiboImportExportClient client;

  @BeforeEach
  void setUp() {
    client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .readTimeout(FaultCase.READ_TIMEOUT).sleeper(sleeper)
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(2)).multiplier(1).build())
        .build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** The job finishes on its second read; the fault hits the first poll, which the poller does not forgive. */
  static Stream<FaultCase> jobPoll() {
    return Stream.of(
        //   fault                       times  outcome                     GET /export/{id}
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 3),
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 3, RateLimitException.class, 3),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 3),
        cell("429 without Retry-After", RATE_LIMITED, 3, RateLimitException.class, 3),
        cell("500", S500, 1, ServerException.class, 1),
        cell("503", S503, 1, SUCCEEDS, 3),
        cell("503", S503, 3, ServerException.class, 3),
        cell("connection reset", RESET, 1, SUCCEEDS, 3),
        cell("connection reset", RESET, 3, TransportException.class, 3),
        cell("read timeout", TIMEOUT, 1, SUCCEEDS, 3),
        cell("read timeout", TIMEOUT, 3, ApiTimeoutException.class, 3),
        // The fake served the read whose answer was cut short, so the job advanced: the retry reads it finished.
        cell("truncated body", TRUNCATED, 1, SUCCEEDS, 2),
        cell("truncated body", TRUNCATED, 3, TransportException.class, 3),
        cell("malformed JSON", MALFORMED, 1, ProtocolException.class, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void jobPoll(FaultCase c) {
    String id = client.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build()).id().orElseThrow();
    kibo.faults().failNext(c.times(), RequestMatcher.of("GET", JOB), c.injected());

    if (c.outcome() == SUCCEEDS) {
      ExportJob job = client.exports().waitForCompletion(id);
      assertTrue(job.isSucceeded(), job::toString);
    } else {
      RuntimeException e = assertThrows(RuntimeException.class, () -> client.exports().waitForCompletion(id));
      assertEquals(c.outcome(), e.getClass(), e::toString);
    }
    assertEquals(c.requests(), c.settledCount(() -> kibo.requestCount("GET", JOB)));
    assertEquals(1, kibo.exportJobCount());
    assertEquals(1, kibo.tokensIssued());
  }

  /** The first API call (a job listing) needs a token; the fault hits the token request, which is marked idempotent. */
  static Stream<FaultCase> tokenFetch() {
    return Stream.of(
        //   fault                       times  outcome                     POST /authtickets/oauth
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 1, SUCCEEDS, 2),
        cell("429 with Retry-After: 1", RATE_LIMITED_RETRY_AFTER, 3, RateLimitException.class, 3),
        cell("429 without Retry-After", RATE_LIMITED, 1, SUCCEEDS, 2),
        cell("429 without Retry-After", RATE_LIMITED, 3, RateLimitException.class, 3),
        cell("500", S500, 1, ServerException.class, 1),
        cell("503", S503, 1, SUCCEEDS, 2),
        cell("503", S503, 3, ServerException.class, 3),
        cell("connection reset", RESET, 1, SUCCEEDS, 2),
        cell("connection reset", RESET, 3, TransportException.class, 3),
        cell("read timeout", TIMEOUT, 1, SUCCEEDS, 2),
        cell("read timeout", TIMEOUT, 3, ApiTimeoutException.class, 3),
        cell("truncated body", TRUNCATED, 1, SUCCEEDS, 2),
        cell("truncated body", TRUNCATED, 3, TransportException.class, 3),
        cell("malformed JSON", MALFORMED, 1, ProtocolException.class, 1));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void tokenFetch(FaultCase c) {
    kibo.faults().failNext(c.times(), RequestMatcher.of("POST", TOKEN), c.injected());
    ListJobsRequest list = ListJobsRequest.builder().build();

    if (c.outcome() == SUCCEEDS) {
      assertTrue(client.exports().list(list).isEmpty());
      assertEquals(1, kibo.requestCount("GET", "/api/platform/data/export"));
    } else {
      RuntimeException e = assertThrows(RuntimeException.class, () -> client.exports().list(list));
      assertEquals(c.outcome(), e.getClass(), e::toString);
      assertEquals(0, kibo.requestCount("GET", "/api/platform/data/export"), "no API call without a token");
    }
    assertEquals(c.requests(), c.settledCount(() -> kibo.requestCount("POST", TOKEN)));
  }
}
