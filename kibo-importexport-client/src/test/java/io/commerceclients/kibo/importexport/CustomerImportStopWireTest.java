package io.commerceclients.kibo.importexport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.JobCreationState;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.Domain;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A split customer import whose second job fails with HTTP 200 and status errored, seen on the wire. */
@WireMockTest
class CustomerImportStopWireTest {
  private static final String IMPORT = "/api/platform/data/import";

  @TempDir
  Path dir;

  private static String job(String id, String status, String log) {
    return "{\"id\":\"" + id + "\",\"domain\":\"customer\",\"status\":\"" + status + "\",\"isComplete\":true,"
        + "\"statusMessage\":\"" + status + "\",\"resources\":[{\"resource\":\"CustomerAccounts\",\"status\":\"" + status
        + "\"}],\"files\":[{\"id\":\"" + log + "\",\"fileType\":\"log\"}]}";
  }

  private static String zipText(byte[] zip) throws IOException {
    StringBuilder text = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        text.append(e.getName()).append(':').append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return text.toString();
  }

  /**
   * Writes five customers (three jobs of two at most) and stubs the token, two uploads, the first
   * job's creation and completion, and the second creation's answer.
   */
  private Path fiveCustomersInTwoUploads(ResponseDefinitionBuilder secondCreation) throws IOException {
    Path csvs = Files.createDirectory(dir.resolve("csv"));
    Files.writeString(csvs.resolve("CustomerAccounts.csv"), "Email\r\na1@x.io\r\na2@x.io\r\na3@x.io\r\na4@x.io\r\na5@x.io\r\n");
    stubFor(post("/api/platform/applications/authtickets/oauth").willReturn(okJson("{\"access_token\":\"t\"}")));
    stubFor(post(urlPathEqualTo("/api/platform/data/files")).inScenario("upload").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\":\"u1\"}")).willSetStateTo("second"));
    stubFor(post(urlPathEqualTo("/api/platform/data/files")).inScenario("upload").whenScenarioStateIs("second")
        .willReturn(okJson("{\"id\":\"u2\"}")).willSetStateTo("third"));
    stubFor(post(IMPORT).inScenario("create").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(okJson("{\"id\":\"j1\",\"status\":\"pending\"}")).willSetStateTo("second"));
    stubFor(post(IMPORT).inScenario("create").whenScenarioStateIs("second")
        .willReturn(secondCreation).willSetStateTo("third"));
    stubFor(get(IMPORT + "/j1").willReturn(okJson(job("j1", "complete", "log1"))));
    return csvs;
  }

  @Test
  void theFailedJobsRowsAreReportedAsSentAndTheRestAsNotSent(WireMockRuntimeInfo wm) throws Exception {
    Path csvs = fiveCustomersInTwoUploads(okJson("{\"id\":\"j2\",\"status\":\"pending\"}"));
    stubFor(get(IMPORT + "/j2").willReturn(okJson(job("j2", "errored", "log2"))));
    stubFor(get("/api/platform/data/files/log1/content").willReturn(aResponse().withBody("Row,Status\r\n1,imported\r\n")));
    stubFor(get("/api/platform/data/files/log2/content").willReturn(aResponse().withBody("Row,Status\r\n1,error\r\n")));

    KiboImportStoppedException e;
    try (KiboImportExportClient client = KiboImportExportClient.builder().authHost(wm.getHttpBaseUrl())
        .tenantHost(wm.getHttpBaseUrl()).tenantId(1).clientId("app").sharedSecret("s3cr3t").sleeper(d -> { })
        .maxRetries(0).polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).build()).build()) {
      e = assertThrows(KiboImportStoppedException.class, () -> client.imports().run(ImportRequest.builder()
          .domain(Domain.CUSTOMER).directory(csvs).maxCustomerRecordsPerJob(2).build()));
    }

    assertEquals(2, e.stoppedJob());
    assertEquals(3, e.jobCount());
    assertEquals(JobCreationState.CREATED, e.stoppedJobState());
    assertEquals(List.of(RecordRange.of(io.commerceclients.kibo.importexport.csv.KiboResource.CUSTOMER_ACCOUNTS, 1, 2)),
        e.completedJobs().get(0).records());
    assertEquals(Optional.of("j2"), e.failedJob().orElseThrow().id());
    assertEquals("CustomerAccounts rows 3-4", e.failedRecords().stream().map(RecordRange::describe).collect(Collectors.joining()));
    assertEquals("CustomerAccounts rows 5-5", e.unsentRecords().stream().map(RecordRange::describe).collect(Collectors.joining()));
    KiboJobFailedException failed = assertInstanceOf(KiboJobFailedException.class, e.getCause());
    assertEquals("j2", failed.jobId());
    assertEquals("Row,Status\r\n1,error\r\n", Files.readString(failed.log().orElseThrow()));
    assertTrue(e.getMessage().contains("Sent in job j2, not completed: CustomerAccounts rows 3-4. Not sent: CustomerAccounts rows 5-5"),
        e.getMessage());

    List<LoggedRequest> uploads = wm.getWireMock().find(postRequestedFor(urlPathEqualTo("/api/platform/data/files")));
    assertEquals(2, uploads.size(), "the third job was never uploaded");
    assertEquals("CustomerAccounts.csv:Email\r\na3@x.io\r\na4@x.io\r\n", zipText(uploads.get(1).getBody()));
    assertEquals(2, wm.getWireMock().find(postRequestedFor(urlPathEqualTo(IMPORT))).size());
  }

  @Test
  void aCreationAnsweredByAConnectionResetIsOfUnknownOutcome(WireMockRuntimeInfo wm) throws Exception {
    Path csvs = fiveCustomersInTwoUploads(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    stubFor(get("/api/platform/data/files/log1/content").willReturn(aResponse().withBody("Row,Status\r\n1,imported\r\n")));

    KiboImportStoppedException e;
    try (KiboImportExportClient client = KiboImportExportClient.builder().authHost(wm.getHttpBaseUrl())
        .tenantHost(wm.getHttpBaseUrl()).tenantId(1).clientId("app").sharedSecret("s3cr3t").sleeper(d -> { })
        .polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).build()).build()) {
      e = assertThrows(KiboImportStoppedException.class, () -> client.imports().run(ImportRequest.builder()
          .domain(Domain.CUSTOMER).directory(csvs).maxCustomerRecordsPerJob(2).build()));
    }

    assertEquals(JobCreationState.OUTCOME_UNKNOWN, e.stoppedJobState());
    assertInstanceOf(TransportException.class, e.getCause());
    assertEquals("CustomerAccounts rows 1-2", e.completedJobs().get(0).records().get(0).describe());
    assertEquals("CustomerAccounts rows 3-4", e.uncertainRecords().stream().map(RecordRange::describe).collect(Collectors.joining()));
    assertEquals("CustomerAccounts rows 5-5", e.unsentRecords().stream().map(RecordRange::describe).collect(Collectors.joining()));
    assertTrue(e.failedRecords().isEmpty());
    assertEquals(Optional.of("u2"), e.stoppedUpload().orElseThrow().id());
    assertEquals(Optional.of("customer-import-2.zip"), e.stoppedUpload().orElseThrow().fileName());
    assertFalse(e.getMessage().contains("Not sent: CustomerAccounts rows 3-4"), e.getMessage());

    List<LoggedRequest> creates = wm.getWireMock().find(postRequestedFor(urlPathEqualTo(IMPORT)));
    assertEquals(2, creates.size(), "the creation is not sent again with the default retry policy");
    String second = creates.get(1).getBodyAsString();
    assertTrue(second.contains("\"name\":\"customer import (2 of 3)\"") && second.contains("\"id\":\"u2\""), second);
    assertEquals(2, wm.getWireMock().find(postRequestedFor(urlPathEqualTo("/api/platform/data/files"))).size());
  }
}
