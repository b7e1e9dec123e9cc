package io.commerceclients.core.http;

import io.commerceclients.core.internal.http.SecureUrls;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.logging.HttpLogLevel;
import io.commerceclients.core.observe.ClientObserver;
import io.commerceclients.core.retry.RetryPolicy;
import io.commerceclients.core.retry.Sleeper;
import java.net.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The builder shape every client shares. Defaults: connect 10 s, read 60 s, write 60 s, a JSON
 * answer's body within the read timeout, no whole-call deadline, {@link RetryPolicy#defaults()}, JSON answers up to 16 MiB, logging {@link
 * HttpLogLevel#NONE} (or {@value HttpLogLevel#ENV_VARIABLE}), the system clock. Everything is
 * validated by {@link #build()}; a base URL must be https unless its host is loopback.
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  @Nullable String baseUrl;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration readTimeout = Duration.ofSeconds(60);
  Duration writeTimeout = Duration.ofSeconds(60);
  Duration callTimeout = Duration.ZERO;
  @Nullable Duration responseHeadersTimeout;
  @Nullable Duration responseBodyTimeout;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  @Nullable String applicationName;
  @Nullable Proxy proxy;
  @Nullable OkHttpClient okHttpClient;
  @Nullable HttpLogLevel logLevel;
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.SYSTEM;
  long maxResponseBodySize = ClientOptions.DEFAULT_MAX_RESPONSE_BODY_SIZE;
  ClientObserver observer = ClientObserver.NONE;

  /** Creates the builder. */
  protected ClientBuilder() {}

  /** Returns this builder as its concrete type. */
  protected abstract B self();

  /**
   * Builds the client.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a setting is missing or invalid
   */
  public abstract C build();

  /**
   * Reads this client's settings from the process environment (the variables its builder lists);
   * blank or absent variables are skipped, and settings made on the builder afterwards win.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a variable's value does not parse
   */
  public B fromEnv() {
    return environment(System.getenv());
  }

  /**
   * Reads this client's settings from {@code env}, as {@link #fromEnv()} does from the process
   * environment (for tests, or settings kept elsewhere).
   *
   * @throws io.commerceclients.core.validation.ValidationException if a variable's value does not parse
   */
  public B environment(java.util.Map<String, String> env) {
    applyEnvironment(new EnvironmentVariables(Check.required(env, "env")));
    return self();
  }

  /** Applies the client's own environment variables to this builder. */
  protected abstract void applyEnvironment(EnvironmentVariables env);

  /** Sets the API's base URL (for a test server, a fake, or another environment). */
  public B baseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
    return self();
  }

  /** Sets the time allowed to open a connection (default 10 s). */
  public B connectTimeout(Duration timeout) {
    this.connectTimeout = timeout;
    return self();
  }

  /** Sets the longest silence allowed while reading a response (default 60 s). */
  public B readTimeout(Duration timeout) {
    this.readTimeout = timeout;
    return self();
  }

  /** Sets the longest stall allowed while sending a request (default 60 s). */
  public B writeTimeout(Duration timeout) {
    this.writeTimeout = timeout;
    return self();
  }

  /**
   * Sets the most time an answer's status line and headers may take to arrive once the request has
   * been written (default: the read timeout; {@link Duration#ZERO} for none). Headers that trickle past
   * it end the attempt with a timeout, retried as a read timeout is.
   */
  public B responseHeadersTimeout(Duration timeout) {
    this.responseHeadersTimeout = timeout;
    return self();
  }

  /**
   * Sets the most time the body of a JSON or error answer may take to arrive whole once its headers
   * have come (default: the read timeout; {@link Duration#ZERO} for none). An answer that trickles
   * past it ends the attempt with a timeout, retried as a read timeout is; downloads are not bound by it.
   */
  public B responseBodyTimeout(Duration timeout) {
    this.responseBodyTimeout = timeout;
    return self();
  }

  /** Sets the deadline of a whole call, retries included (default none, {@link Duration#ZERO}). */
  public B callTimeout(Duration timeout) {
    this.callTimeout = timeout;
    return self();
  }

  /** Sets the retry policy (default {@link RetryPolicy#defaults()}). */
  public B retryPolicy(RetryPolicy policy) {
    this.retryPolicy = policy;
    return self();
  }

  /** Sets how many retries follow a failed attempt, keeping the rest of the policy (0 turns retries off). */
  public B maxRetries(int maxRetries) {
    this.retryPolicy = (retryPolicy == null ? RetryPolicy.defaults() : retryPolicy).toBuilder()
        .maxRetries(maxRetries).build();
    return self();
  }

  /** Sets a name (such as {@code "order-sync/2.3"}) appended to the User-Agent. */
  public B applicationName(@Nullable String applicationName) {
    this.applicationName = applicationName;
    return self();
  }

  /**
   * Sets the largest successful JSON answer read, in bytes (default 16 MiB); a longer one ends the
   * call with a {@link io.commerceclients.core.error.ProtocolException} without being held in
   * memory. Downloads stream and are not capped by it.
   */
  public B maxResponseBodySize(long bytes) {
    this.maxResponseBodySize = bytes;
    return self();
  }

  /** Sets the observer that sees every call, attempt and workflow step, for metrics and traces (none by default). */
  public B observer(ClientObserver observer) {
    this.observer = observer;
    return self();
  }

  /** Sets an HTTP proxy. */
  public B proxy(@Nullable Proxy proxy) {
    this.proxy = proxy;
    return self();
  }

  /** Shares the connection pool and dispatcher of an existing client; the SDK adds its own interceptors to a copy. */
  public B okHttpClient(@Nullable OkHttpClient client) {
    this.okHttpClient = client;
    return self();
  }

  /** Sets how much of each exchange is logged (default {@link HttpLogLevel#NONE}). */
  public B logLevel(@Nullable HttpLogLevel level) {
    this.logLevel = level;
    return self();
  }

  /** Sets the clock (for tests). */
  public B clock(Clock clock) {
    this.clock = clock;
    return self();
  }

  /** Sets the sleeper used between retries and polls (for tests). */
  public B sleeper(Sleeper sleeper) {
    this.sleeper = sleeper;
    return self();
  }

  /** Returns the base URL the caller set, if any, for clients whose default depends on other settings. */
  protected java.util.Optional<String> configuredBaseUrl() {
    return java.util.Optional.ofNullable(baseUrl);
  }

  /**
   * Validates the settings and returns them, using {@code defaultBaseUrl} when none was set.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a setting is invalid
   */
  protected ClientOptions options(String defaultBaseUrl) {
    String url = baseUrl != null ? baseUrl : defaultBaseUrl;
    HttpUrl parsed = SecureUrls.parse(url, "baseUrl");
    if (!parsed.encodedPath().endsWith("/")) {
      parsed = parsed.newBuilder().addPathSegment("").build();
    }
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    positive(writeTimeout, "writeTimeout");
    Check.that(callTimeout != null && !callTimeout.isNegative(), "callTimeout", "must be zero (none) or positive");
    Check.that(responseHeadersTimeout == null || !responseHeadersTimeout.isNegative(), "responseHeadersTimeout",
        "must be zero (none) or positive");
    Check.that(responseBodyTimeout == null || !responseBodyTimeout.isNegative(), "responseBodyTimeout",
        "must be zero (none) or positive");
    Check.required(retryPolicy, "retryPolicy");
    Check.required(clock, "clock");
    Check.required(sleeper, "sleeper");
    Check.required(observer, "observer");
    Check.inRange(maxResponseBodySize, 1024, Integer.MAX_VALUE - 8, "maxResponseBodySize");
    if (applicationName != null) {
      Check.that(!applicationName.isBlank() && applicationName.chars().allMatch(c -> c >= 0x20 && c < 0x7f),
          "applicationName", "must be printable ASCII without line breaks");
    }
    Objects.requireNonNull(parsed);
    return new ClientOptions(this, parsed);
  }

  private static void positive(Duration d, String field) {
    Check.that(d != null && !d.isNegative() && !d.isZero(), field, "must be a positive duration, got " + d);
  }
}
