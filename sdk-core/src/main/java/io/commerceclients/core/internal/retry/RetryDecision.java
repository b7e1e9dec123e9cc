package io.commerceclients.core.internal.retry;

import io.commerceclients.core.internal.error.ProtocolIOException;
import io.commerceclients.core.retry.RetryPolicy;
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
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import retrofit2.Invocation;

/**
 * Whether, and after how long, a failed attempt is sent again: the one rule that both the blocking
 * {@link RetryInterceptor} and the asynchronous driver follow. It never waits itself.
 */
public final class RetryDecision {
  private static final Set<String> IDEMPOTENT_METHODS = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  private RetryDecision() {}

  /**
   * Returns the wait before retry number {@code retry + 1} after an answer with {@code status}, or
   * empty if the answer stands: not retryable, retries used up, a {@code Retry-After} longer than
   * the policy allows, or a wait that would pass {@code deadlineNanos}.
   */
  public static Optional<Duration> afterStatus(RetryPolicy policy, Request request, int status, String retryAfter,
      Clock clock, int retry, long deadlineNanos) {
    boolean methodAllows = isIdempotent(request) || (status == 429 && policy.retriesRateLimitedRequests());
    if (retry >= policy.maxRetries() || !isReplayable(request) || !methodAllows || !policy.isRetryableStatus(status)) {
      return Optional.empty();
    }
    Optional<Duration> asked = RetryAfter.parse(retryAfter, clock);
    if (asked.isPresent() && asked.get().compareTo(policy.maxRetryAfter()) > 0) {
      return Optional.empty();
    }
    Duration delay = asked.orElse(policy.backoff(retry + 1));
    return fitsBefore(deadlineNanos, delay) ? Optional.of(delay) : Optional.empty();
  }

  /** Returns the wait before retry number {@code retry + 1} after an I/O failure, or empty if it is final. */
  public static Optional<Duration> afterFailure(RetryPolicy policy, Request request, IOException failure, int retry,
      boolean canceled, long deadlineNanos) {
    if (retry >= policy.maxRetries() || canceled || !isReplayable(request)
        || !isRetryable(failure, isIdempotent(request))) {
      return Optional.empty();
    }
    Duration delay = policy.backoff(retry + 1);
    return fitsBefore(deadlineNanos, delay) ? Optional.of(delay) : Optional.empty();
  }

  /** Returns true if a wait of {@code delay} from now ends before the deadline ({@link Long#MAX_VALUE}: none). */
  public static boolean fitsBefore(long deadlineNanos, Duration delay) {
    if (deadlineNanos == Long.MAX_VALUE) {
      return true;
    }
    long left = deadlineNanos - System.nanoTime();
    return delay.compareTo(Duration.ofNanos(left)) < 0;
  }

  /**
   * Returns true if the request's body (if any) can be sent again: it is not one-shot, nor a
   * multipart form with a one-shot part that was not made one-shot itself ({@code
   * StreamingBodies.multipart} does that, for OkHttp's redirects too).
   */
  public static boolean isReplayable(Request request) {
    RequestBody body = request.body();
    if (body == null) {
      return true;
    }
    if (body instanceof MultipartBody) {
      for (MultipartBody.Part part : ((MultipartBody) body).parts()) {
        if (part.body().isOneShot()) {
          return false;
        }
      }
    }
    return !body.isOneShot();
  }

  /** Returns true for OkHttp's failure after 20 redirects: the server's answer, which sending again would only repeat. */
  public static boolean isRedirectLoop(IOException failure) {
    return failure instanceof java.net.ProtocolException
        && String.valueOf(failure.getMessage()).startsWith("Too many follow-up requests");
  }

  /** Returns true for GET, HEAD, PUT, DELETE, OPTIONS and methods marked {@link Idempotent}. */
  public static boolean isIdempotent(Request request) {
    if (IDEMPOTENT_METHODS.contains(request.method())) {
      return true;
    }
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(Idempotent.class);
  }

  private static boolean isRetryable(IOException failure, boolean idempotent) {
    if (failure instanceof ProtocolIOException || isRedirectLoop(failure)) {
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
