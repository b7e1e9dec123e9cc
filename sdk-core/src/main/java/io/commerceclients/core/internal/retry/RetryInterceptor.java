package io.commerceclients.core.internal.retry;

import io.commerceclients.core.internal.error.ProtocolIOException;
import io.commerceclients.core.internal.http.AttemptHeaders;
import io.commerceclients.core.internal.http.CallSettings;
import io.commerceclients.core.internal.http.CallTrace;
import io.commerceclients.core.internal.io.BodyDeadline;
import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.retry.RetryPolicy;
import io.commerceclients.core.retry.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Timeout;

/**
 * The outermost application interceptor: sends a request again according to a {@link
 * RetryPolicy}, within the call's deadline. Responses of Retrofit calls not marked {@code
 * @Streaming} are read inside the attempt, so a body cut short is an I/O failure that can be
 * retried rather than a surprise for the JSON parser: a successful body up to {@code
 * maxBodyBytes} (a longer one is refused without being held). The body of any other answer than a
 * 2xx (an error, or a 3xx the client did not follow) is always read up to {@value #MAX_ERROR_BODY}
 * bytes after decompression (the rest is dropped), streaming calls included; successful raw and
 * streaming answers are never buffered. A body read whole must arrive within the body timeout of
 * its headers, so an answer that trickles ends with a {@link SocketTimeoutException} (retried as a
 * read timeout is) instead of holding the call for as long as it sends a byte now and then. A
 * request lost on a pooled connection the server had closed is sent once more on a fresh one
 * without counting as a retry. The decision itself is {@link RetryDecision}'s; a request tagged
 * with {@link CallSettings} uses its policy, and one marked single-attempt (an asynchronous call)
 * is never retried here.
 */
public final class RetryInterceptor implements Interceptor {
  /** The most bytes of an error body kept (counted after decompression). */
  public static final int MAX_ERROR_BODY = 64 * 1024;

  private static final LazyLogger LOG = LazyLogger.named("io.commerceclients.http");
  private static final long SLEEP_SLICE_MILLIS = 50;

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final long maxBodyBytes;
  private final BodyDeadline bodyDeadline;
  private final Runnable openCheck;

  /**
   * Creates the interceptor; successful non-streaming bodies longer than {@code maxBodyBytes} are
   * refused, a body read whole that does not arrive within {@code bodyDeadline} is abandoned, and
   * {@code openCheck}, which throws once the client is closed, ends a wait to retry.
   */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, long maxBodyBytes,
      BodyDeadline bodyDeadline, Runnable openCheck) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
    this.bodyDeadline = bodyDeadline;
    this.openCheck = openCheck;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long deadline = deadlineNanos(chain);
    CallSettings settings = CallSettings.of(request);
    RetryPolicy effective = settings != null ? settings.policy() : policy;
    boolean singleAttempt = settings != null && settings.singleAttempt();
    CallTrace trace = settings != null ? settings.trace() : CallTrace.none();
    long bytesSent = bytesSent(request);
    boolean replayable = RetryDecision.isReplayable(request);
    AttemptCounter counter = request.tag(AttemptCounter.class);
    boolean resentStale = false;
    int retry = 0;
    while (true) {
      Response response;
      try {
        Request attempt = request;
        if (!resentStale) {
          if (counter != null) {
            counter.recordAttempt();
          }
          Map<String, String> extra = trace.attemptStarted();
          if (!extra.isEmpty()) {
            attempt = request.newBuilder().tag(AttemptHeaders.class, new AttemptHeaders(extra)).build();
          }
        }
        try {
          response = read(chain.proceed(attempt));
        } catch (StaleConnectionException stale) {
          throw stale;
        } catch (IOException | RuntimeException failure) {
          trace.attemptFailed(failure, bytesSent);
          throw failure;
        }
        trace.attemptAnswered(response, bytesSent);
      } catch (StaleConnectionException stale) {
        boolean mayResend = stale.beforeSending() || (replayable && RetryDecision.isIdempotent(request));
        if (!resentStale && mayResend && !chain.call().isCanceled()) {
          resentStale = true;
          LOG.get().debug("{} {} met a connection the server had closed; sending it again on a fresh one",
              request.method(), request.url().encodedPath());
          continue;
        }
        throw stale.failure();
      } catch (IOException failure) {
        Optional<Duration> delay = singleAttempt ? Optional.empty()
            : RetryDecision.afterFailure(effective, request, failure, retry, chain.call().isCanceled(), deadline);
        if (delay.isEmpty()) {
          throw failure;
        }
        retry++;
        trace.retrying(failure.getClass().getSimpleName(), delay.get());
        LOG.get().info("{} {} failed ({}); retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
            failure.getClass().getSimpleName(), retry, effective.maxRetries(), delay.get().toMillis());
        sleep(delay.get(), chain);
        resentStale = false;
        continue;
      }
      resentStale = false;
      Optional<Duration> delay = singleAttempt || response.isSuccessful() ? Optional.empty()
          : RetryDecision.afterStatus(effective, request, response.code(), response.header("Retry-After"), clock,
              retry, deadline);
      if (delay.isEmpty()) {
        return response;
      }
      retry++;
      trace.retrying(Integer.toString(response.code()), delay.get());
      response.close();
      LOG.get().info("{} {} answered {}; retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
          response.code(), retry, effective.maxRetries(), delay.get().toMillis());
      sleep(delay.get(), chain);
    }
  }

  private static long bytesSent(Request request) {
    if (request.body() == null) {
      return 0;
    }
    try {
      return request.body().contentLength();
    } catch (IOException unknown) {
      return -1;
    }
  }

  /** The call's deadline in {@link System#nanoTime()} terms: its call timeout from now, or its own deadline. */
  private static long deadlineNanos(Chain chain) {
    Timeout timeout = chain.call().timeout();
    long deadline = Long.MAX_VALUE;
    if (timeout.timeoutNanos() > 0) {
      deadline = System.nanoTime() + timeout.timeoutNanos();
    }
    if (timeout.hasDeadline()) {
      deadline = Math.min(deadline, timeout.deadlineNanoTime());
    }
    return deadline;
  }

  /**
   * Reads the body of an answer that is not a 2xx up to its cap (always: such a body is never
   * streamed to the caller) and a successful body of a call that does not stream whole, refusing
   * one over {@code maxBodyBytes} ({@link BodyDeadline#readsWhole}).
   */
  private Response read(Response response) throws IOException {
    ResponseBody body = response.body();
    boolean error = !response.isSuccessful();
    if (body == null || !BodyDeadline.readsWhole(response)) {
      return response;
    }
    long cap = error ? MAX_ERROR_BODY : maxBodyBytes;
    try (body) {
      long declared = body.contentLength();
      if (!error && declared > cap) {
        throw tooLarge(response, declared + " bytes");
      }
      BufferedSource source = body.source();
      boolean longer = fill(source, cap + 1);
      if (longer && !error) {
        throw tooLarge(response, "more than " + cap + " bytes");
      }
      Buffer kept = new Buffer();
      long size = Math.min(source.getBuffer().size(), cap);
      source.read(kept, size);
      return response.newBuilder().body(ResponseBody.create(kept, LastMediaType.of(response.header("Content-Type")), size)).build();
    }
  }

  /**
   * Buffers {@code bytes} of {@code source} or all of it, whichever is less, as {@link
   * BufferedSource#request} does, within the body timeout: each read waits no longer than what is
   * left of it (Okio's deadline, where the source honours one), and the timeout is checked between
   * reads as well, so a body that keeps coming a byte at a time ends too.
   */
  private boolean fill(BufferedSource source, long bytes) throws IOException {
    if (bodyDeadline.none()) {
      return source.request(bytes);
    }
    long deadline = bodyDeadline.apply(source);
    Buffer buffered = source.getBuffer();
    try {
      while (buffered.size() < bytes) {
        if (System.nanoTime() - deadline >= 0) {
          throw bodyDeadline.timedOut(buffered.size(), null);
        }
        if (!source.request(buffered.size() + 1)) {
          return false;
        }
      }
      return true;
    } catch (SocketTimeoutException e) {
      throw bodyDeadline.failure(e, deadline, buffered.size());
    }
  }

  private ProtocolIOException tooLarge(Response response, String size) {
    return new ProtocolIOException("the answer (" + response.code() + ") has a body of " + size
        + ", over the " + maxBodyBytes + "-byte cap (maxResponseBodySize); it was not read");
  }

  private void sleep(Duration delay, Chain chain) throws IOException {
    try {
      if (sleeper != Sleeper.SYSTEM) {
        sleeper.sleep(delay);
        return;
      }
      long end = System.nanoTime() + delay.toNanos();
      for (long left = delay.toMillis(); left > 0; left = (end - System.nanoTime()) / 1_000_000) {
        if (chain.call().isCanceled()) {
          throw new IOException("Canceled");
        }
        openCheck.run();
        Thread.sleep(Math.min(left, SLEEP_SLICE_MILLIS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

}
