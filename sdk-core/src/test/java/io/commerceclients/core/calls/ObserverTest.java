package io.commerceclients.core.calls;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.observe.AttemptInfo;
import io.commerceclients.core.observe.AttemptResult;
import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.CallResult;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.support.RecordingSleeper;
import io.commerceclients.core.support.TestClient;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

/** What an observer sees of calls, attempts and job waits, and the trace header it may add. */
@WireMockTest
class ObserverTest {
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger traces = new AtomicInteger();

  private final ClientObserver observer = new ClientObserver() {
    @Override
    public CallObservation callStarted(CallInfo call) {
      events.add("start " + call.operation() + " " + call.method() + " " + call.host());
      int trace = traces.incrementAndGet();
      return new CallObservation() {
        @Override
        public Map<String, String> attemptStarted(AttemptInfo attempt) {
          events.add("attempt " + attempt.attempt() + " " + attempt.retryReason().orElse("-"));
          return Map.of("traceparent", "00-0000000000000000000000000000000" + trace + "-00000000000000a1-01");
        }

        @Override
        public void attemptEnded(AttemptResult result) {
          events.add("answered " + result.status() + " " + result.requestId().orElse("-"));
        }

        @Override
        public void ended(CallResult result) {
          events.add("end " + result.outcome() + " " + result.attempts() + " " + result.exception().orElse("-"));
        }
      };
    }

    @Override
    public void workflowEvent(WorkflowEvent event) {
      events.add("workflow " + event.workflow() + " " + event.step() + " " + event.status());
    }
  };

  @Test
  void callsAndAttemptsAreObservedAndTheTraceHeaderGoesToTheApiOnly(WireMockRuntimeInfo wm) throws Exception {
    wm.getWireMock().register(get("/things/1").inScenario("r").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.getWireMock().register(get("/things/1").inScenario("r").whenScenarioStateIs("ok")
        .willReturn(okJson("{}").withHeader("X-Request-Id", "rq-9")));
    wm.getWireMock().register(get("/things/2").willReturn(aResponse().withStatus(404)));
    wm.getWireMock().register(put("/storage").willReturn(aResponse().withStatus(200)));
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).observer(observer)
        .sleeper(new RecordingSleeper()).build()) {
      c.transport.execute(c.api.get("1"));
      assertEquals(List.of("start test.get GET localhost", "attempt 1 -", "answered 503 -", "attempt 2 503",
          "answered 200 rq-9", "end SUCCESS 2 -"), events);
      events.clear();
      assertThrows(NotFoundException.class, () -> c.transport.execute(c.api.get("2")));
      assertEquals("end CLIENT_ERROR 1 NotFoundException", events.get(events.size() - 1));
      events.clear();
      c.transport.executeAsync(c.api.get("1")).get(20, TimeUnit.SECONDS);
      assertEquals("end SUCCESS 1 -", events.get(events.size() - 1));
      String storage = wm.getHttpBaseUrl().replace("localhost", "127.0.0.1") + "/storage";
      c.transport.executeRaw(c.transport.storageClient(), new Request.Builder().url(storage)
          .put(RequestBody.create("x", MediaType.get("text/plain"))).build()).close();
    }
    wm.getWireMock().verifyThat(getRequestedFor(urlEqualTo("/things/1"))
        .withHeader("traceparent", equalTo("00-00000000000000000000000000000001-00000000000000a1-01")));
    wm.getWireMock().verifyThat(1, putRequestedFor(urlEqualTo("/storage")).withHeader("traceparent", absent()));
  }

  @Test
  void anObserverThatThrowsNeverBreaksACall(WireMockRuntimeInfo wm) {
    wm.getWireMock().register(get("/things/1").willReturn(okJson("{\"id\":\"1\"}")));
    ClientObserver broken = new ClientObserver() {
      @Override
      public CallObservation callStarted(CallInfo call) {
        throw new IllegalStateException("observer bug");
      }
    };
    try (TestClient c = TestClient.builder().baseUrl(wm.getHttpBaseUrl()).observer(broken).build()) {
      assertEquals("1", c.transport.execute(c.api.get("1")).get("id"));
    }
  }

  @Test
  void aJobWaitReportsItsStatusChangesAndHowItFinished() {
    int[] polls = {0};
    JobPoller.<String>builder()
        .fetch(() -> ++polls[0] < 3 ? "running" : "done")
        .classifier(s -> s.equals("done") ? JobState.SUCCEEDED : JobState.IN_PROGRESS)
        .sleeper(new RecordingSleeper())
        .observer(observer, "test", "test.job.wait")
        .build().waitForCompletion();
    assertEquals(List.of("workflow test.job.wait status in_progress", "workflow test.job.wait status succeeded",
        "workflow test.job.wait finished succeeded"), events);
    assertFalse(events.isEmpty());
  }
}
