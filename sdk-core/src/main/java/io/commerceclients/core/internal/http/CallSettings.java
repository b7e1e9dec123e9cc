package io.commerceclients.core.internal.http;

import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.retry.RetryPolicy;
import okhttp3.Request;

/**
 * What a request carries for the interceptors, as an OkHttp tag: the per-call options of the view
 * that made it, the retry policy they give, whether the retry interceptor must make a single
 * attempt (an asynchronous call, whose retries are scheduled by {@link AsyncCall} instead), and the
 * call's {@link CallTrace} for its observer.
 */
public final class CallSettings {
  private final RequestOptions options;
  private final RetryPolicy policy;
  private final boolean singleAttempt;
  private volatile CallTrace trace = CallTrace.NONE;

  CallSettings(RequestOptions options, RetryPolicy policy, boolean singleAttempt) {
    this.options = options;
    this.policy = policy;
    this.singleAttempt = singleAttempt;
  }

  /** Returns a copy for one call, whose trace is set once its request is built. */
  CallSettings forCall() {
    return new CallSettings(options, policy, singleAttempt);
  }

  void trace(CallTrace trace) {
    this.trace = trace;
  }

  /** Returns the call's trace for its observer (a no-op trace when nobody observes). */
  public CallTrace trace() {
    return trace;
  }

  /** Returns the settings tagged on {@code request}, or null when it carries none. */
  public static CallSettings of(Request request) {
    return request.tag(CallSettings.class);
  }

  /** Returns the per-call options. */
  public RequestOptions options() {
    return options;
  }

  /** Returns the retry policy in force for this call. */
  public RetryPolicy policy() {
    return policy;
  }

  /** Returns true if the retry interceptor must send the request once only. */
  public boolean singleAttempt() {
    return singleAttempt;
  }
}
