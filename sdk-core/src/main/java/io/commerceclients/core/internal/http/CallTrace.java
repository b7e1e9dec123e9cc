package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.observe.AttemptInfo;
import io.commerceclients.core.observe.AttemptResult;
import io.commerceclients.core.observe.CallInfo;
import io.commerceclients.core.observe.CallObservation;
import io.commerceclients.core.observe.CallResult;
import io.commerceclients.core.observe.ClientObserver;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One call as its observer sees it: started on the caller's thread, then told of each attempt
 * (headers it wants added, and how the attempt ended) and of the call's end. An observer that
 * throws is logged and ignored, so observing can never break a call.
 */
public final class CallTrace {
  private static final LazyLogger LOG = LazyLogger.of(CallTrace.class);
  static final CallTrace NONE = new CallTrace(CallObservation.NONE, r -> null);

  /** Returns the trace of an unobserved call. */
  public static CallTrace none() {
    return NONE;
  }

  private final CallObservation observation;
  private final Function<Response, String> requestIds;
  private final long started = System.nanoTime();
  private int attempts;
  private long attemptStarted;
  private String retryReason;
  private Duration retryWait;
  private int lastStatus;
  private String lastRequestId;
  private final AtomicBoolean ended = new AtomicBoolean();

  private CallTrace(CallObservation observation, Function<Response, String> requestIds) {
    this.observation = observation;
    this.requestIds = requestIds;
  }

  /** Starts the trace of a call to {@code request} (on the caller's thread). */
  static CallTrace start(ClientObserver observer, String api, Request request, Function<Response, String> requestIds) {
    if (observer == ClientObserver.NONE) {
      return NONE;
    }
    CallInfo info = new CallInfo(api, api + "." + ErrorMapper.operationName(request), request.method(),
        request.url().host(), ErrorMapper.uriTemplate(request));
    try {
      CallObservation observation = observer.callStarted(info);
      return new CallTrace(observation == null ? CallObservation.NONE : observation, requestIds);
    } catch (RuntimeException e) {
      LOG.get().warn("The client observer failed when {} started; the call goes on unobserved", info, e);
      return NONE;
    }
  }

  /** Notes why the next attempt is a retry and how long was waited. */
  public synchronized void retrying(String reason, Duration wait) {
    this.retryReason = reason;
    this.retryWait = wait;
  }

  /** An attempt starts; returns the headers the observer wants on it (API hosts only). */
  public synchronized Map<String, String> attemptStarted() {
    if (this == NONE) {
      return Map.of();
    }
    attempts++;
    attemptStarted = System.nanoTime();
    AttemptInfo info = new AttemptInfo(attempts, retryReason, retryWait);
    retryReason = null;
    retryWait = null;
    try {
      Map<String, String> headers = observation.attemptStarted(info);
      return headers == null ? Map.of() : headers;
    } catch (RuntimeException e) {
      LOG.get().warn("The client observer failed at attempt {}; ignored", attempts, e);
      return Map.of();
    }
  }

  /** An attempt was answered. */
  public void attemptAnswered(Response response, long bytesSent) {
    if (this == NONE) {
      return;
    }
    long received = response.body() == null ? 0 : response.body().contentLength();
    String requestId = requestIds.apply(response);
    AttemptResult result;
    synchronized (this) {
      lastStatus = response.code();
      lastRequestId = requestId != null ? requestId : lastRequestId;
      result = new AttemptResult(attempts, response.code(), null, Duration.ofNanos(System.nanoTime() - attemptStarted),
          bytesSent, received, requestId);
    }
    notify(result);
  }

  /** An attempt failed without an answer. */
  public void attemptFailed(Throwable failure, long bytesSent) {
    if (this == NONE) {
      return;
    }
    AttemptResult result;
    synchronized (this) {
      result = new AttemptResult(attempts, 0, failure.getClass().getSimpleName(),
          Duration.ofNanos(System.nanoTime() - attemptStarted), bytesSent, -1, null);
    }
    notify(result);
  }

  private void notify(AttemptResult result) {
    try {
      observation.attemptEnded(result);
    } catch (RuntimeException e) {
      LOG.get().warn("The client observer failed at the end of attempt {}; ignored", result.attempt(), e);
    }
  }

  /** The call ended; {@code failure} is null on success. Only the first end counts. */
  public void ended(Throwable failure) {
    if (this == NONE || !ended.compareAndSet(false, true)) {
      return;
    }
    CallResult result;
    synchronized (this) {
      result = new CallResult(outcome(failure), lastStatus, failure == null ? null : failure.getClass().getSimpleName(),
          attempts, Duration.ofNanos(System.nanoTime() - started), lastRequestId);
    }
    try {
      observation.ended(result);
    } catch (RuntimeException e) {
      LOG.get().warn("The client observer failed at the end of a call; ignored", e);
    }
  }

  private CallResult.Outcome outcome(Throwable failure) {
    if (failure instanceof CancellationException || Thread.currentThread().isInterrupted()) {
      return CallResult.Outcome.CANCELLED;
    }
    if (failure == null) {
      return lastStatus >= 500 ? CallResult.Outcome.SERVER_ERROR
          : lastStatus >= 400 ? CallResult.Outcome.CLIENT_ERROR : CallResult.Outcome.SUCCESS;
    }
    if (lastStatus >= 500) {
      return CallResult.Outcome.SERVER_ERROR;
    }
    return lastStatus >= 400 ? CallResult.Outcome.CLIENT_ERROR : CallResult.Outcome.TRANSPORT_ERROR;
  }
}
