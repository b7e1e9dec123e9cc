package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.polling.PollTimeoutException;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A job that has ended is reported as it ended even when the wait runs out of polls while it waits
 * for the job's file to appear: a failed job throws {@link KiboJobFailedException} and a completed
 * export without its file a {@link ProtocolException}, never a timeout saying the job goes on; a job
 * that never ends times out after the configured polls (5 here).
 */
@WireMockTest
class JobLastPollTest extends KiboWireBase {

  @BeforeEach
  void createsExportE1() {
    stubFor(post(urlPathEqualTo("/api/platform/data/export")).willReturn(okJson(
        "{\"id\":\"e1\",\"domain\":\"catalog\",\"status\":\"pending\",\"isComplete\":false}")));
  }

  private static void jobAnswers(String status, boolean complete) {
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson("{\"id\":\"e1\",\"domain\":\"catalog\",\"status\":\""
        + status + "\",\"isComplete\":" + complete + ",\"statusMessage\":\"boom\",\"files\":[]}")));
  }

  private ExportRequest export(Path target) {
    return ExportRequest.builder().domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).target(target).build();
  }

  @Test
  void aJobThatErroredWithoutALogBeforeTheLastPollFailsAsItselfBlockingAndAsync() throws Exception {
    jobAnswers("errored", true);
    Path target = dir.resolve("e.zip");

    KiboJobFailedException e = assertThrows(KiboJobFailedException.class, () -> client().exports().run(export(target)));
    assertEquals("errored", e.status().orElseThrow());
    assertTrue(e.getMessage().contains("boom"), e.getMessage());
    assertFalse(Files.exists(target));
    verify(5, getRequestedFor(urlEqualTo("/api/platform/data/export/e1")));

    ExecutionException f = assertThrows(ExecutionException.class, () -> client().async().exports().run(export(target)).get());
    assertInstanceOf(KiboJobFailedException.class, f.getCause(), f.getCause()::toString);
    assertFalse(Files.exists(target));
  }

  @Test
  void aCompletedExportWhoseFileHasNotAppearedByTheLastPollIsAProtocolFailure() {
    jobAnswers("complete", true);

    ProtocolException e = assertThrows(ProtocolException.class, () -> client().exports().run(export(dir.resolve("e.zip"))));
    assertTrue(e.getMessage().contains("export job e1 completed"), e.getMessage());
  }

  @Test
  void aJobThatNeverEndsTimesOutAfterTheConfiguredPolls() {
    jobAnswers("somethingNew", false);

    assertThrows(PollTimeoutException.class, () -> client().exports().run(export(dir.resolve("e.zip"))));
    verify(5, getRequestedFor(urlEqualTo("/api/platform/data/export/e1")));
  }
}
