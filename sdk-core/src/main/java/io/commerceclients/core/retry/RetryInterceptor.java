package io.commerceclients.core.retry;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * The outermost application interceptor: sends a request again according to a {@link
 * RetryPolicy}. Responses of Retrofit calls not marked {@code @Streaming} are read whole inside
 * the attempt, so a body cut short is an I/O failure that can be retried rather than a surprise for
 * the JSON parser; raw requests and streaming calls are never buffered.
 */
public final class RetryInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger("io.commerceclients.http");
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private final RetryPolicy policy;
  private final Sleeper sleeper;
  private final Clock clock;

  /** Creates the interceptor. */
  public RetryInterceptor(RetryPolicy policy, Sleeper sleeper, Clock clock) {
    this.policy = policy;
    this.sleeper = sleeper;
    this.clock = clock;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    boolean idempotent = isIdempotent(request);
    boolean replayable = request.body() == null || !request.body().isOneShot();
    boolean buffer = !isStreaming(request);
    AttemptCounter counter = request.tag(AttemptCounter.class);
    int retry = 0;
    while (true) {
      Response response;
      try {
        if (counter != null) {
          counter.recordAttempt();
        }
        response = chain.proceed(request);
        if (buffer) {
          response = readWhole(response);
        }
      } catch (IOException failure) {
        boolean canRetry = retry < policy.maxRetries()
            && replayable
            && !chain.call().isCanceled()
            && isRetryable(failure, idempotent);
        if (!canRetry) {
          throw failure;
        }
        retry++;
        Duration delay = policy.backoff(retry);
        LOG.info("{} {} failed ({}); retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
            failure.getClass().getSimpleName(), retry, policy.maxRetries(), delay.toMillis());
        sleep(delay);
        continue;
      }
      if (retry < policy.maxRetries() && replayable && idempotent && policy.isRetryableStatus(response.code())) {
        Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), clock);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(policy.maxRetryAfter()) > 0) {
          return response;
        }
        retry++;
        Duration delay = retryAfter.orElse(policy.backoff(retry));
        response.close();
        LOG.info("{} {} answered {}; retry {} of {} in {} ms", request.method(), request.url().encodedPath(),
            response.code(), retry, policy.maxRetries(), delay.toMillis());
        sleep(delay);
        continue;
      }
      return response;
    }
  }

  private static Response readWhole(Response response) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return response;
    }
    try (body) {
      byte[] bytes = body.bytes();
      return response.newBuilder().body(ResponseBody.create(bytes, body.contentType())).build();
    }
  }

  private void sleep(Duration delay) throws IOException {
    try {
      sleeper.sleep(delay);
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
