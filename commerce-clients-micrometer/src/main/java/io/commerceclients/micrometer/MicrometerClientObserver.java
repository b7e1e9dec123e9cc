package io.commerceclients.micrometer;

import io.commerceclients.core.observe.AttemptInfo;
import io.commerceclients.core.observe.AttemptResult;
import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.CallResult;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.observe.WorkflowEvent;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.RequestReplySenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Records what the clients do with Micrometer: set it with {@code builder.observer(...)}.
 *
 * <ul>
 *   <li>{@value #OPERATIONS}: an observation (timer and span) per call, tagged {@code api},
 *       {@code operation} (such as {@code karla.searchOrders}), {@code outcome}, {@code exception},
 *       {@code client.name};
 *   <li>{@value #REQUESTS}: an observation per attempt, child of the call's, with Spring's HTTP
 *       client keys {@code method}, {@code uri} (the path template), {@code status}, {@code outcome},
 *       {@code exception}, {@code client.name}; its sender context lets a tracing bridge put {@code
 *       traceparent} on the request (the client sends it to the API's own hosts only); it starts with
 *       Spring's values before an answer ({@code status=CLIENT_ERROR}, {@code outcome=UNKNOWN},
 *       {@code exception=none}), so its {@code .active} meter has the same tag keys as Spring's;
 *   <li>{@value #RETRIES}: a counter of retries by {@code api}, {@code operation}, {@code reason};
 *   <li>{@value #REQUEST_SIZE} and {@value #RESPONSE_SIZE}: payload sizes in bytes;
 *   <li>{@value #WORKFLOWS}: a timer of long workflows (job waits) by {@code api}, {@code
 *       workflow}, {@code outcome}.
 * </ul>
 *
 * <p>No tag holds an id, a slug, an e-mail, a URL or a message. {@link #withoutAttemptObservations()}
 * drops the per-attempt observation where an agent already instruments OkHttp.
 */
public final class MicrometerClientObserver implements ClientObserver {
  /** The observation of each call. */
  public static final String OPERATIONS = "commerce.client.operations";
  /** The observation of each HTTP attempt, named as Spring's HTTP client observations. */
  public static final String REQUESTS = "http.client.requests";
  /** The counter of retries. */
  public static final String RETRIES = "commerce.client.retries";
  /** The summary of request body sizes. */
  public static final String REQUEST_SIZE = "commerce.client.request.size";
  /** The summary of response body sizes. */
  public static final String RESPONSE_SIZE = "commerce.client.response.size";
  /** The timer of long workflows. */
  public static final String WORKFLOWS = "commerce.client.workflows";

  private final ObservationRegistry observations;
  private final MeterRegistry meters;
  private final String clientName;
  private final boolean attempts;

  private MicrometerClientObserver(ObservationRegistry observations, MeterRegistry meters, String clientName,
      boolean attempts) {
    this.observations = Objects.requireNonNull(observations, "observations");
    this.meters = Objects.requireNonNull(meters, "meters");
    this.clientName = Objects.requireNonNull(clientName, "clientName");
    this.attempts = attempts;
  }

  /**
   * Creates the observer on an application's registries; a call's timer comes from the observation
   * registry's meter handler (Spring Boot installs one), the counters and summaries from {@code meters}.
   */
  public static MicrometerClientObserver create(ObservationRegistry observations, MeterRegistry meters) {
    return new MicrometerClientObserver(observations, meters, "default", true);
  }

  /** Returns a copy that tags everything with {@code client.name} (default {@code default}), to tell two clients of one API apart. */
  public MicrometerClientObserver withClientName(String name) {
    return new MicrometerClientObserver(observations, meters, name, attempts);
  }

  /**
   * Returns a copy without the {@value #REQUESTS} observation of each attempt, nor its {@code
   * traceparent}, for an application whose agent (such as the OpenTelemetry Java agent) already
   * instruments OkHttp; calls, retries, sizes and workflows are still recorded.
   */
  public MicrometerClientObserver withoutAttemptObservations() {
    return new MicrometerClientObserver(observations, meters, clientName, false);
  }

  @Override
  public CallObservation callStarted(CallInfo call) {
    Observation observation = Observation.createNotStarted(OPERATIONS, observations)
        .contextualName(call.operation())
        .lowCardinalityKeyValue("api", call.api())
        .lowCardinalityKeyValue("operation", call.operation())
        .lowCardinalityKeyValue("client.name", clientName)
        .start();
    return new CallObservation() {
      private volatile Observation attempt;

      @Override
      public Map<String, String> attemptStarted(AttemptInfo info) {
        info.retryReason().ifPresent(reason -> meters.counter(RETRIES, "api", call.api(), "operation",
            call.operation(), "reason", reason, "client.name", clientName).increment());
        if (!attempts) {
          return Map.of();
        }
        Map<String, String> carrier = new LinkedHashMap<>();
        RequestReplySenderContext<Map<String, String>, Object> context =
            new RequestReplySenderContext<>((map, key, value) -> map.put(key, value));
        context.setCarrier(carrier);
        context.setRemoteServiceName(call.api());
        attempt = Observation.createNotStarted(REQUESTS, () -> context, observations)
            .parentObservation(observation)
            .contextualName(call.method() + " " + call.uriTemplate())
            .lowCardinalityKeyValue("method", call.method())
            .lowCardinalityKeyValue("uri", call.uriTemplate())
            .lowCardinalityKeyValue("client.name", clientName)
            .lowCardinalityKeyValue("status", "CLIENT_ERROR")
            .lowCardinalityKeyValue("outcome", "UNKNOWN")
            .lowCardinalityKeyValue("exception", "none")
            .highCardinalityKeyValue("http.request.resend_count", Integer.toString(info.attempt() - 1))
            .start();
        return Map.copyOf(carrier);
      }

      @Override
      public void attemptEnded(AttemptResult result) {
        Observation current = attempt;
        if (current != null) {
          current.lowCardinalityKeyValue("status", result.status() == 0 ? "CLIENT_ERROR" : Integer.toString(result.status()))
              .lowCardinalityKeyValue("outcome", outcome(result.status()))
              .lowCardinalityKeyValue("exception", result.failure().orElse("none"));
          current.stop();
          attempt = null;
        }
        if (result.bytesSent() >= 0) {
          size(REQUEST_SIZE, call).record(result.bytesSent());
        }
        if (result.bytesReceived() >= 0) {
          size(RESPONSE_SIZE, call).record(result.bytesReceived());
        }
      }

      @Override
      public void ended(CallResult result) {
        observation.lowCardinalityKeyValue("outcome", result.outcome().name())
            .lowCardinalityKeyValue("exception", result.exception().orElse("none"));
        result.requestId().ifPresent(id -> observation.highCardinalityKeyValue("request.id", id));
        observation.highCardinalityKeyValue("attempts", Integer.toString(result.attempts()));
        observation.stop();
      }
    };
  }

  private static String outcome(int status) {
    if (status == 0) {
      return "UNKNOWN";
    }
    return status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : status >= 300 ? "REDIRECTION" : "SUCCESS";
  }

  @Override
  public void workflowEvent(WorkflowEvent event) {
    if (event.step().equals("finished")) {
      Timer.builder(WORKFLOWS).tag("api", event.api()).tag("workflow", event.workflow())
          .tag("outcome", event.status()).tag("client.name", clientName).register(meters).record(event.elapsed());
    }
  }

  private DistributionSummary size(String name, CallInfo call) {
    return DistributionSummary.builder(name).baseUnit("bytes").tag("api", call.api())
        .tag("operation", call.operation()).tag("client.name", clientName).register(meters);
  }
}
