package io.commerceclients.core.http;

import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.retry.RetryPolicy;
import io.commerceclients.core.retry.Sleeper;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The settings every client shares, validated by {@link ClientBuilder}: base URL, timeouts, retry
 * policy, user agent, proxy, an optional caller-supplied {@link OkHttpClient}, log level, clock
 * and sleeper.
 */
public final class ClientOptions {
  /** The default cap on a successful JSON answer's body: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BODY_SIZE = 16L * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Duration responseHeadersTimeout;
  private final Duration responseBodyTimeout;
  private final RetryPolicy retryPolicy;
  private final @Nullable String applicationName;
  private final @Nullable Proxy proxy;
  private final @Nullable OkHttpClient okHttpClient;
  private final HttpLogLevel logLevel;
  private final Clock clock;
  private final Sleeper sleeper;
  private final long maxResponseBodySize;
  private final ClientObserver observer;

  ClientOptions(ClientBuilder<?, ?> b, HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.responseHeadersTimeout = b.responseHeadersTimeout != null ? b.responseHeadersTimeout : b.readTimeout;
    this.responseBodyTimeout = b.responseBodyTimeout != null ? b.responseBodyTimeout : b.readTimeout;
    this.retryPolicy = b.retryPolicy;
    this.applicationName = b.applicationName;
    this.proxy = b.proxy;
    this.okHttpClient = b.okHttpClient;
    this.logLevel = b.logLevel != null ? b.logLevel : HttpLogLevel.fromEnvironment().orElse(HttpLogLevel.NONE);
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.maxResponseBodySize = b.maxResponseBodySize;
    this.observer = b.observer;
  }

  private ClientOptions(ClientOptions o, HttpUrl baseUrl) {
    this.baseUrl = baseUrl;
    this.connectTimeout = o.connectTimeout;
    this.readTimeout = o.readTimeout;
    this.writeTimeout = o.writeTimeout;
    this.callTimeout = o.callTimeout;
    this.responseHeadersTimeout = o.responseHeadersTimeout;
    this.responseBodyTimeout = o.responseBodyTimeout;
    this.retryPolicy = o.retryPolicy;
    this.applicationName = o.applicationName;
    this.proxy = o.proxy;
    this.okHttpClient = o.okHttpClient;
    this.logLevel = o.logLevel;
    this.clock = o.clock;
    this.sleeper = o.sleeper;
    this.maxResponseBodySize = o.maxResponseBodySize;
    this.observer = o.observer;
  }

  /** Returns a copy aimed at another base URL (for an API whose calls span two hosts). */
  public ClientOptions withBaseUrl(HttpUrl otherBaseUrl) {
    return new ClientOptions(this, otherBaseUrl);
  }

  /** Returns the API's base URL; it always ends with {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** Returns the time allowed to open a connection. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** Returns the longest silence allowed while reading a response. */
  public Duration readTimeout() {
    return readTimeout;
  }

  /** Returns the longest stall allowed while sending a request. */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /** Returns the deadline of a whole call, retries included; zero means none. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the most time an answer's status line and headers may take to arrive once the request
   * has been written (the read timeout unless set); zero means none.
   */
  public Duration responseHeadersTimeout() {
    return responseHeadersTimeout;
  }

  /**
   * Returns the most time the body of a JSON or error answer may take to arrive whole once its
   * headers have come (the read timeout unless set); zero means none.
   */
  public Duration responseBodyTimeout() {
    return responseBodyTimeout;
  }

  /** Returns the retry policy. */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** Returns the application name appended to the User-Agent, if one was set. */
  public Optional<String> applicationName() {
    return Optional.ofNullable(applicationName);
  }

  /** Returns the proxy, if one was set. */
  public Optional<Proxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  /** Returns the caller's OkHttpClient whose pool and dispatcher are shared, if one was set. */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /** Returns the HTTP log level. */
  public HttpLogLevel logLevel() {
    return logLevel;
  }

  /** Returns the clock used for token expiry, {@code Retry-After} dates and polling deadlines. */
  public Clock clock() {
    return clock;
  }

  /** Returns the sleeper used between retries and polls. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** Returns the largest successful non-streaming answer read, in bytes. */
  public long maxResponseBodySize() {
    return maxResponseBodySize;
  }

  /** Returns the observer of every call and workflow ({@link ClientObserver#NONE} by default). */
  public ClientObserver observer() {
    return observer;
  }

  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + Redactor.defaults().url(baseUrl) + ", connectTimeout=" + connectTimeout + ", readTimeout="
        + readTimeout + ", writeTimeout=" + writeTimeout + ", callTimeout=" + callTimeout + ", responseHeadersTimeout="
        + responseHeadersTimeout + ", responseBodyTimeout=" + responseBodyTimeout + ", retryPolicy="
        + retryPolicy + ", applicationName=" + applicationName + ", proxy=" + proxy + ", logLevel=" + logLevel
        + ", maxResponseBodySize=" + maxResponseBodySize + "}";
  }
}
