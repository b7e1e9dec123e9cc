package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.JobCreationState;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.SocketFactory;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A split customer import (three jobs) whose second job's creation fails, against FakeKibo: when
 * the creation request may have reached Kibo (the answer lost, a reset after the request was read,
 * a read timeout, a gateway error, an unreadable answer) its rows are reported as of unknown
 * outcome, with what finds the job in Kibo; when it provably did not (no connection, an error
 * answer) they are reported as not sent. Every row is reported exactly once.
 */
class SplitImportCreationOutcomeTest {
  private static final String FILES = "/api/platform/data/files";
  private static final String IMPORT = "/api/platform/data/import";
  private static final String JOB_1 = "CustomerSegments rows 1-2, CustomerAccounts rows 1-1";
  private static final String JOB_2 = "CustomerAccounts rows 2-4";
  private static final String JOB_3 = "CustomerAccounts rows 5-5, CustomerContacts rows 1-1";

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private Path csvDir;
  private volatile boolean refuseConnections;
  private final OkHttpClient http = new OkHttpClient.Builder()
      .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))  // a new connection per call
      .socketFactory(new RefusingSocketFactory())
      .build();
  private final List<KiboImportExportClient> clients = new ArrayList<>();

  /** Sockets that refuse to connect once {@link #refuseConnections} is set. */
  private final class RefusingSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          if (refuseConnections) {
            throw new ConnectException("Connection refused (injected)");
          }
          super.connect(endpoint, timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeEach
  void writeCustomerCsvs() throws IOException {
    csvDir = Files.createDirectory(dir.resolve("customers"));
    Files.writeString(csvDir.resolve("CustomerContacts.csv"), "AccountId,FirstName\r\n1,Ann\r\n");
    Files.writeString(csvDir.resolve("CustomerAccounts.csv"),
        "Email,FirstName\r\na1@x.io,Al\r\na2@x.io,Bo\r\na3@x.io,Cy\r\na4@x.io,Di\r\na5@x.io,Ed\r\n");
    Files.writeString(csvDir.resolve("CustomerSegments.csv"), "Code,Name\r\nVIP,Very\r\nNEW,New\r\n");
  }

  @AfterEach
  void close() {
    clients.forEach(KiboImportExportClient::close);
    http.dispatcher().executorService().shutdown();
  }

  private KiboImportExportClient client(Duration readTimeout) {
    KiboImportExportClient client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId()).clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .okHttpClient(http).readTimeout(readTimeout).sleeper(d -> { })
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
        .build();
    clients.add(client);
    return client;
  }

  private KiboImportStoppedException run(boolean async) throws Exception {
    return run(client(Duration.ofSeconds(30)), async);
  }

  private KiboImportStoppedException run(KiboImportExportClient client, boolean async) throws Exception {
    ImportRequest request = ImportRequest.builder().domain(Domain.CUSTOMER).directory(csvDir)
        .maxCustomerRecordsPerJob(3).build();
    if (!async) {
      return assertThrows(KiboImportStoppedException.class, () -> client.imports().run(request));
    }
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> client.async().imports().run(request).get(30, TimeUnit.SECONDS));
    return assertInstanceOf(KiboImportStoppedException.class, e.getCause());
  }

  /** Plays {@code fault} on the second job's creation request. */
  private void failSecondCreation(Fault fault) {
    kibo.faults().failNext(1, new RequestMatcher() {
      private int creates;

      @Override
      public boolean matches(String method, String path) {
        return method.equals("POST") && path.equals(IMPORT) && ++creates == 2;
      }
    }, fault);
  }

  /** Refuses new connections once the second upload has arrived (its connection is open). */
  private void refuseConnectionsAfterSecondUpload() {
    kibo.faults().failNext(1, new RequestMatcher() {
      private int uploads;

      @Override
      public boolean matches(String method, String path) {
        if (method.equals("POST") && path.equals(FILES) && ++uploads == 2) {
          refuseConnections = true;
        }
        return false;
      }
    }, Fault.status(599));
  }

  private static String ranges(List<RecordRange> records) {
    return records.stream().map(RecordRange::describe).collect(Collectors.joining(", "));
  }

  /** Every row is in exactly one of the report's lists, in processing order. */
  private static void assertEveryRowOnce(KiboImportStoppedException e) {
    List<RecordRange> all = new ArrayList<>();
    e.completedJobs().forEach(j -> all.addAll(j.records()));
    all.addAll(e.failedRecords());
    all.addAll(e.uncertainRecords());
    all.addAll(e.unsentRecords());
    assertEquals(JOB_1 + ", " + JOB_2 + ", " + JOB_3, ranges(all));
  }

  private List<RecordedRequest> sent(String method, String path) {
    return kibo.requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path))
        .collect(Collectors.toList());
  }

  private static String uploadIdNamedIn(RecordedRequest create) throws IOException {
    JsonNode body = new ObjectMapper().readTree(create.bodyText());
    return body.path("files").path(0).path("id").asText();
  }

  @ParameterizedTest(name = "async = {0}")
  @ValueSource(booleans = {false, true})
  void aJobKiboCreatedWhoseAnswerWasLostIsOfUnknownOutcomeAndCanBeFound(boolean async) throws Exception {
    failSecondCreation(Fault.answerLost());

    KiboImportStoppedException e = run(async);

    assertEquals(2, e.stoppedJob());
    assertEquals(JobCreationState.OUTCOME_UNKNOWN, e.stoppedJobState());
    assertInstanceOf(TransportException.class, e.getCause());
    assertEquals(JOB_1, ranges(e.completedJobs().get(0).records()));
    assertEquals(JOB_2, ranges(e.uncertainRecords()));
    assertEquals(JOB_3, ranges(e.unsentRecords()));
    assertTrue(e.failedRecords().isEmpty());
    assertEquals(Optional.empty(), e.failedJob());
    assertEveryRowOnce(e);

    List<RecordedRequest> creates = sent("POST", IMPORT);
    assertEquals(2, creates.size(), "the creation is never sent twice");
    assertEquals(2, sent("POST", FILES).size(), "job 3 is never uploaded");
    String uploadId = uploadIdNamedIn(creates.get(1));
    DropLocation upload = e.stoppedUpload().orElseThrow();
    assertEquals(Optional.of(uploadId), upload.id());
    assertEquals(Optional.of("customer-import-2.zip"), upload.fileName());
    assertEquals("customer import (2 of 3)", e.stoppedJobName());
    assertTrue(e.getMessage().contains("Imported: " + JOB_1 + ". Outcome unknown: the creation of job"
        + " 'customer import (2 of 3)' (reading upload customer-import-2.zip, file id " + uploadId + ") got no usable"
        + " answer, so Kibo may have created it and may import " + JOB_2 + "; look for that job in Kibo before"
        + " importing them again. Not sent: " + JOB_3), e.getMessage());

    // What the report says is enough to find the job Kibo did create.
    List<ImportJob> found = client(Duration.ofSeconds(30)).imports().list(ListJobsRequest.builder().pageSize(50).build())
        .stream().filter(j -> j.name().equals(Optional.of(e.stoppedJobName()))).collect(Collectors.toList());
    assertEquals(1, found.size());
    assertEquals(upload.id(), found.get(0).files().get(0).id());
    assertEquals(2, kibo.importJobCount());
  }

  static Stream<Arguments> faultsThatLeaveTheOutcomeUnknown() {
    return Stream.of(
        Arguments.of("connection reset after the request was read", Fault.connectionReset(), TransportException.class),
        Arguments.of("answer cut short", Fault.truncatedBody(), TransportException.class),
        Arguments.of("unreadable answer", Fault.malformedJson(), TransportException.class),
        Arguments.of("502 from a gateway", Fault.status(502), ApiException.class),
        Arguments.of("504 from a gateway", Fault.status(504), ApiException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("faultsThatLeaveTheOutcomeUnknown")
  void aCreationThatMayHaveReachedKiboIsOfUnknownOutcome(String name, Fault fault, Class<? extends Throwable> cause)
      throws Exception {
    failSecondCreation(fault);

    KiboImportStoppedException e = run(false);

    assertEquals(JobCreationState.OUTCOME_UNKNOWN, e.stoppedJobState(), name);
    assertInstanceOf(cause, e.getCause());
    assertEquals(JOB_2, ranges(e.uncertainRecords()));
    assertEquals(JOB_3, ranges(e.unsentRecords()));
    assertEveryRowOnce(e);
    assertEquals(2, sent("POST", IMPORT).size(), "the creation is never sent twice");
  }

  @Test
  void aReadTimeoutOnTheCreationIsOfUnknownOutcome() throws Exception {
    failSecondCreation(Fault.delay(Duration.ofSeconds(4)));

    KiboImportStoppedException e = run(client(Duration.ofSeconds(2)), false);

    assertEquals(JobCreationState.OUTCOME_UNKNOWN, e.stoppedJobState());
    assertInstanceOf(ApiTimeoutException.class, e.getCause());
    assertEquals(JOB_2, ranges(e.uncertainRecords()));
    assertEveryRowOnce(e);
  }

  static Stream<Arguments> refusals() {
    return Stream.of(Arguments.of(Fault.status(500), false), Arguments.of(Fault.status(503), true),
        Arguments.of(Fault.status(400, "{\"message\":\"bad job\"}"), false), Arguments.of(Fault.status(409), true));
  }

  @ParameterizedTest(name = "{0}, async = {1}")
  @MethodSource("refusals")
  void aCreationKiboAnsweredWithAnErrorIsNotSent(Fault fault, boolean async) throws Exception {
    failSecondCreation(fault);

    KiboImportStoppedException e = run(async);

    assertEquals(JobCreationState.NOT_SENT, e.stoppedJobState());
    assertEquals(JOB_2 + ", " + JOB_3, ranges(e.unsentRecords()));
    assertTrue(e.uncertainRecords().isEmpty());
    assertEveryRowOnce(e);
    assertEquals("customer-import-2.zip", e.stoppedUpload().orElseThrow().fileName().orElseThrow());
    assertTrue(e.getMessage().endsWith("Imported: " + JOB_1 + ". Not sent: " + JOB_2 + ", " + JOB_3), e.getMessage());
    assertEquals(1, kibo.importJobCount());
  }

  @ParameterizedTest(name = "async = {0}")
  @ValueSource(booleans = {false, true})
  void anUploadAnsweredWithoutAFileIdStopsBeforeAnyCreationAsNotSent(boolean async) throws Exception {
    kibo.faults().failNext(1, new RequestMatcher() {
      private int uploads;

      @Override
      public boolean matches(String method, String path) {
        return method.equals("POST") && path.equals(FILES) && ++uploads == 2;
      }
    }, Fault.status(200, "{}"));

    KiboImportStoppedException e = run(async);

    assertEquals(JobCreationState.NOT_SENT, e.stoppedJobState());
    assertInstanceOf(ProtocolException.class, e.getCause());
    assertEquals(JOB_2 + ", " + JOB_3, ranges(e.unsentRecords()));
    assertEveryRowOnce(e);
    assertEquals(1, sent("POST", IMPORT).size(), "no creation was sent for the second job");
  }

  @ParameterizedTest(name = "async = {0}")
  @ValueSource(booleans = {false, true})
  void aCreationThatCouldNotConnectIsNotSent(boolean async) throws Exception {
    refuseConnectionsAfterSecondUpload();

    KiboImportStoppedException e = run(async);

    assertEquals(JobCreationState.NOT_SENT, e.stoppedJobState());
    TransportException cause = assertInstanceOf(TransportException.class, e.getCause());
    assertInstanceOf(ConnectException.class, cause.getCause());
    assertEquals(JOB_2 + ", " + JOB_3, ranges(e.unsentRecords()));
    assertEveryRowOnce(e);
    assertEquals(1, sent("POST", IMPORT).size(), "the second creation never arrived");
    assertEquals(2, sent("POST", FILES).size());
    assertEquals(1, kibo.importJobCount());
  }
}
