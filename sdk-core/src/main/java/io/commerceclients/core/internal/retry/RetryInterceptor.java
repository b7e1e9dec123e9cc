package io.commerceclients.core.internal.retry;

import io.commerceclients.core.internal.error.ProtocolIOException;
import io.commerceclients.core.retry.RetryPolicy;
import io.commerceclients.core.retry.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * The outermost application interceptor: sends a request again according to a {@link
 * RetryPolicy}, within the call's deadline. Responses of Retrofit calls not marked {@code
 * @Streaming} are read inside the attempt, so a body cut short is an I/O failure that can be
 * retried rather than a surprise for the JSON parser: a successful body up to {@code
 * maxBodyBytes} (a longer one is refused without being held), an error body up to {@value
 * #MAX_ERROR_BODY} bytes after decompression (the rest is dropped). Raw requests and streaming
 * calls are never buffered. A request lost on a pooled connection the server had closed is sent
 * once more on a fresh one without counting as a retry.
 */
public final class RetryInterceptor implements Interceptor {
  /** The most bytes of an error body kept (counted after decompression). */
  public static final int MAX_ERROR_BODY = 64 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger("io.commerceclients.http");
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
  private static final long SLEEP_SLICE_MILLIS = 50;

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;
  private final long maxBodyBytes;

  /** Creates the interceptor; successful non-streaming bodies longer than {@code maxBodyBytes} are refused. */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock, long maxBodyBytes) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    long deadline = deadlineNanos(chain);
    boolean idempotent = isIdempotent(request);
    boolean replayable = request.body() == null || !request.body().isOneShot();
    boolean buffer = !isStreaming(request);
    AttemptCounter counter = request.tag(AttemptCounter.class);
    boolean resentStale = false;
    int retry = 0;
    while (true) {
      Response response;
      try {
        if (counter != null && !resentStale) {
          counter.recordAttempt();
        }
        response = chain.proceed(request);
        if (buffer) {
          response = read(response);
        }
      } catch (StaleConnectionException stale) {
        if (!resentStale && replayable && !chain.call().isCanceled()) {
          resentStale = true;
          LOG.debug("{} {} met a connection the server had closed; sending it again on a fresh one",
              request.method(), request.url().encodedPath());
          continue;
        }
        throw stale.failure();
      } catch (IOException failure) {
        boolean canRetry = retry < policy.maxRetries()
            && replayable
            && !chain.call().isCanceled()
            && isRetryable(failure, idempotent);
        Duration delay = canRetry ? policy.backoff(retry + 1) : Duration.ZERO;
        if (!canRetry || !fitsBefore(deadline, delay)) {
          throw failure;
        }
        retry++;
        LOG.info("{} {} failed ({}); retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
            failure.getClass().getSimpleName(), retry, policy.maxRetries(), delay.toMillis());
        sleep(delay, chain);
        resentStale = false;
        continue;
      }
      resentStale = false;
      if (retry < policy.maxRetries() && replayable && idempotent && policy.isRetryableStatus(response.code())) {
        Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
          return response;
        }
        Duration delay = retryAfter.orElse(policy.backoff(retry + 1));
        if (!fitsBefore(deadline, delay)) {
          return response;
        }
        retry++;
        response.close();
        LOG.info("{} {} answered {}; retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
            response.code(), retry, policy.maxRetries(), delay.toMillis());
        sleep(delay, chain);
        continue;
      }
      return response;
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

  private static boolean fitsBefore(long deadline, Duration delay) {
    return deadline == Long.MAX_VALUE || System.nanoTime() + delay.toNanos() < deadline;
  }

  private Response read(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    boolean error = response.code() >= 400;
    long cap = error ? MAX_ERROR_BODY : maxBodyBytes;
    try (body) {
      long declared = body.contentLength();
      if (!error && declared > cap) {
        throw tooLarge(response, declared + " bytes");
      }
      BufferedSource source = body.source();
      boolean longer = source.request(cap + 1);
      if (longer && !error) {
        throw tooLarge(response, "more than " + cap + " bytes");
      }
      Buffer kept = new Buffer();
      long size = Math.min(source.getBuffer().size(), cap);
      source.read(kept, size);
      return response.newBuilder().body(ResponseBody.create(kept, body.contentType(), size)).build();
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
        Thread.sleep(Math.min(left, SLEEP_SLICE_MILLIS));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
      interrupted.initCause(e);
      throw interrupted;
    }
  }

  static boolean isIdempotent(Request request) {
    if (IDEMPOTENT_METHODS.contains(request.method())) {
      return true;
    }
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Idempotent.class);
  }

  /** Only Retrofit calls without {@code @Streaming} are read whole; raw requests (downloads) stream. */
  private static boolean isStreaming(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null || invocation.method().isAnnotationPresent(Streaming.class);
  }

  private static boolean isRetryable(IOException failure, boolean idempotent) {
    if (failure instanceof ProtocolIOException) {
      return false;
    }
    if (failure instanceof ConnectException || failure instanceof NoRouteToHostException) {
      return true;
    }
    if (!idempotent || failure instanceof UnknownHostException || failure instanceof SSLException) {
      return false;
    }
    if (failure instanceof SocketTimeoutException) {
      return true;
    }
    if (failure instanceof InterruptedIOException) {
      return false;
    }
    return failure instanceof SocketException
        || failure instanceof java.io.EOFException
        || failure instanceof java.net.ProtocolException
        || failure instanceof okhttp3.internal.http2.StreamResetException
        || String.valueOf(failure.getMessage()).contains("unexpected end of stream")
        || String.valueOf(failure.getMessage()).contains("disagree");
  }
}
