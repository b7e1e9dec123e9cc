package io.commerceclients.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.AuthInterceptor;
import io.commerceclients.core.internal.auth.CredentialGuard;
import io.commerceclients.core.internal.auth.HostScope;
import io.commerceclients.core.internal.auth.RequestAuthenticator;
import io.commerceclients.core.internal.error.ErrorBodyParser;
import io.commerceclients.core.internal.io.BodyDeadline;
import io.commerceclients.core.internal.logging.HttpLoggingInterceptor;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.retry.RetryInterceptor;
import io.commerceclients.core.internal.retry.ReusedConnectionGuard;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.json.Json;
import io.commerceclients.core.retry.RetryPolicy;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import okhttp3.Dispatcher;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * One API's HTTP stack, built once per client: an {@link OkHttpClient} whose interceptors run in a
 * fixed order (retry, then auth for the API's hosts only, then default headers; on the network
 * side, after a caller's own, the {@link WatchdogAnchor}, a guard that strips credentials from
 * any other host, then redacting logs, then the {@link HeadersDeadline}), a Retrofit
 * instance on the SDK's JSON mapper, and the mapping of failures to typed {@link ApiException}s.
 *
 * <p>{@link #storageClient()} is a second client for pre-signed storage URLs: same pool, retries
 * and logs, but no authenticator and every credential header stripped.
 */
public final class ApiTransport implements AutoCloseable {
  private static final Headers NO_HEADERS = Headers.of();
  private static final ThreadLocal<CallSettings> CURRENT = new ThreadLocal<>();
  /** The most threads the SDK's own client runs asynchronous calls on (OkHttp runs five per host at once). */
  static final int DISPATCHER_THREADS = 10;

  private final ClientOptions options;
  private final OkHttpClient httpClient;
  private final OkHttpClient storageClient;
  private final Retrofit retrofit;
  private final ErrorMapper errors;
  private final boolean ownsConnections;
  private final AtomicBoolean closed;
  /** What runs when the client closes: asynchronous calls waiting to retry end then. Shared by views. */
  private final Set<Runnable> closeActions;
  private final String apiName;
  private final Set<String> reservedHeaders;
  private final RequestOptions requestOptions;
  private final CallSettings settings;
  private final CallSettings asyncSettings;
  private final boolean view;
  private final @Nullable AuthInterceptor auth;
  private final QueryCall.Starter starter;
  private final boolean ownClient;

  private ApiTransport(Builder b) {
    this.view = false;
    this.options = b.options;
    this.closed = new AtomicBoolean();
    this.closeActions = ConcurrentHashMap.newKeySet();
    this.requestOptions = RequestOptions.none();
    this.settings = new CallSettings(requestOptions, options.retryPolicy(), false);
    this.asyncSettings = new CallSettings(requestOptions, options.retryPolicy(), true);
    HostScope scope = HostScope.of(options.baseUrl());
    for (HttpUrl extra : b.extraHosts) {
      scope = scope.plus(extra);
    }
    Set<String> credentialHeaders = new LinkedHashSet<>(b.secretHeaders);
    credentialHeaders.add("Authorization");
    credentialHeaders.add("X-API-Key");
    if (b.authenticator != null) {
      credentialHeaders.addAll(b.authenticator.credentialHeaders());
    }
    Redactor redactor = Redactor.of(credentialHeaders, b.secretFields, b.secretValues);
    Set<String> reserved = new LinkedHashSet<>();
    credentialHeaders.forEach(h -> reserved.add(h.toLowerCase(Locale.ROOT)));
    b.defaultHeaders.keySet().forEach(h -> reserved.add(h.toLowerCase(Locale.ROOT)));
    this.reservedHeaders = Set.copyOf(reserved);
    this.apiName = b.apiName;
    String userAgent = UserAgent.of(b.apiName, options.applicationName().orElse(null));

    OkHttpClient base;
    if (b.shareWith != null) {
      base = b.shareWith.httpClient;
      this.ownsConnections = false;
    } else if (options.okHttpClient().isPresent()) {
      base = options.okHttpClient().get();
      this.ownsConnections = false;
    } else {
      base = new OkHttpClient.Builder().dispatcher(new Dispatcher(boundedDispatcherThreads())).build();
      this.ownsConnections = true;
    }
    OkHttpClient.Builder common = base.newBuilder();
    common.interceptors().clear();
    common.networkInterceptors().clear();
    if (options.okHttpClient().isPresent()) {
      common.interceptors().addAll(options.okHttpClient().get().interceptors());
      common.networkInterceptors().addAll(options.okHttpClient().get().networkInterceptors());
    }
    common.connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .callTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
        .retryOnConnectionFailure(false);
    options.proxy().ifPresent(common::proxy);
    ClosedGuard closedGuard = new ClosedGuard(closed, b.apiName);
    BodyDeadline bodyDeadline = new BodyDeadline(options.responseBodyTimeout());
    RetryInterceptor retry = new RetryInterceptor(options.retryPolicy(), options.sleeper(), options.clock(),
        options.maxResponseBodySize(), bodyDeadline, closedGuard::check);
    HttpLoggingInterceptor logging = new HttpLoggingInterceptor(options.logLevel(), redactor, bodyDeadline);
    ReusedConnectionGuard reuse = new ReusedConnectionGuard(base.connectionPool());
    RedirectGuard redirects = new RedirectGuard();
    HeadersDeadline headersDeadline = new HeadersDeadline(options.responseHeadersTimeout());

    OkHttpClient commonClient = common.build();
    OkHttpClient.Builder api = commonClient.newBuilder().addInterceptor(retry).addInterceptor(closedGuard);
    this.auth = b.authenticator == null ? null : new AuthInterceptor(scope, b.authenticator);
    if (auth != null) {
      api.addInterceptor(auth);
    }
    DefaultHeadersInterceptor defaults = new DefaultHeadersInterceptor(userAgent, b.defaultHeaders, scope);
    this.httpClient = api
        .addInterceptor(defaults)
        .addNetworkInterceptor(WatchdogAnchor.INSTANCE)
        .addNetworkInterceptor(reuse)
        .addNetworkInterceptor(redirects)
        .addNetworkInterceptor(new CredentialGuard(scope, credentialHeaders))
        .addNetworkInterceptor(logging)
        .addNetworkInterceptor(headersDeadline)
        .build();
    HostScope nowhere = HostScope.of();
    this.storageClient = commonClient.newBuilder()
        .addInterceptor(retry)
        .addInterceptor(closedGuard)
        .addInterceptor(new DefaultHeadersInterceptor(userAgent, Map.of(), nowhere))
        .addNetworkInterceptor(WatchdogAnchor.INSTANCE)
        .addNetworkInterceptor(reuse)
        .addNetworkInterceptor(redirects)
        .addNetworkInterceptor(new CredentialGuard(nowhere, credentialHeaders))
        .addNetworkInterceptor(logging)
        .addNetworkInterceptor(headersDeadline)
        .build();
    OkHttpClient client = httpClient;
    // Fixed credentials go into the prepared request only on the SDK's own client: a caller's client
    // may have interceptors that run before the SDK's, or an event listener or dispatcher that sees
    // the call's request, and any of them may log it.
    this.ownClient = b.shareWith != null ? b.shareWith.ownClient : options.okHttpClient().isEmpty();
    AuthInterceptor preparing = ownClient ? auth : null;
    this.starter = (url, request) -> {
      CallSettings current = CURRENT.get();
      return client.newCall(current == null ? request.build()
          : prepared(request, url, NO_HEADERS, current, false, defaults, preparing));
    };
    this.retrofit = new Retrofit.Builder()
        .baseUrl(options.baseUrl())
        .callFactory(request -> client.newCall(prepared(request, defaults, preparing)))
        .addConverterFactory(FatalDecodingError.guarding(JacksonConverterFactory.create(
            b.mapper != null ? b.mapper : Json.mapper())))
        .build();
    this.errors = new ErrorMapper(b.errorParser, redactor, options.clock(), b.requestIdHeaders);
  }

  /** A view: the same connections, token cache, threads and Retrofit, other per-call options. */
  private ApiTransport(ApiTransport base, RequestOptions requestOptions) {
    this.view = true;
    this.options = base.options;
    this.httpClient = base.httpClient;
    this.storageClient = base.storageClient;
    this.retrofit = base.retrofit;
    this.errors = base.errors;
    this.ownsConnections = false;
    this.closed = base.closed;
    this.closeActions = base.closeActions;
    this.apiName = base.apiName;
    this.reservedHeaders = base.reservedHeaders;
    this.auth = base.auth;
    this.starter = base.starter;
    this.ownClient = base.ownClient;
    this.requestOptions = requestOptions;
    RetryPolicy policy = requestOptions.retryPolicy(options.retryPolicy());
    this.settings = new CallSettings(requestOptions, policy, false);
    this.asyncSettings = new CallSettings(requestOptions, policy, true);
  }

  /**
   * Returns a view of this transport whose calls use {@code more} laid over this view's options.
   * It shares connections, threads, token cache and Retrofit, so it costs two small objects; its
   * {@link #close()} does nothing (closing the client it was made from closes it too).
   *
   * @throws io.commerceclients.core.validation.ValidationException if a header would replace one
   *     the client sets itself (a credential or a default header such as {@code x-vol-tenant})
   */
  public ApiTransport withOptions(RequestOptions more) {
    Check.required(more, "options");
    for (String name : more.headers().keySet()) {
      Check.that(!reservedHeaders.contains(name.toLowerCase(Locale.ROOT)), "header " + name,
          "is set by the " + apiName + " client itself and cannot be replaced per call");
    }
    return new ApiTransport(this, requestOptions.merge(more));
  }

  /** Returns the per-call options of this view (none for the client's own transport). */
  public RequestOptions requestOptions() {
    return requestOptions;
  }

  /**
   * Tags a request Retrofit built with the settings in scope and gives it its default headers and
   * fixed credentials (when {@code auth} is given), in one copy of the request (each interceptor
   * that copied it again cost a visible share of a small call).
   */
  private static Request prepared(Request request, DefaultHeadersInterceptor defaults,
      @Nullable AuthInterceptor auth) {
    CallSettings current = CURRENT.get();
    if (current == null) {
      return request;
    }
    return prepared(request.newBuilder(), request.url(), request.headers(), current,
        DefaultHeadersInterceptor.isCapabilityUrl(request), defaults, auth);
  }

  private static Request prepared(Request.Builder b, HttpUrl url, Headers existing, CallSettings current,
      boolean capabilityUrl, DefaultHeadersInterceptor defaults, @Nullable AuthInterceptor auth) {
    b.tag(CallSettings.class, current)
        .tag(DefaultHeadersInterceptor.Prepared.class, DefaultHeadersInterceptor.Prepared.YES);
    defaults.prepare(url, existing, b, current, capabilityUrl);
    if (auth != null) {
      auth.prepare(url, b);
    }
    return b.build();
  }

  /** Runs {@code work} with this view's settings tagged on every request Retrofit builds meanwhile. */
  private <R> R inScope(CallSettings scope, java.util.function.Supplier<R> work) {
    CallSettings outer = CURRENT.get();
    CURRENT.set(scope);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * OkHttp's default dispatcher starts a thread per asynchronous call it runs, without a bound,
   * and a call finishing while the next starts can briefly need one more; the SDK's own client
   * caps them (calls past the per-host limit wait in the dispatcher's queue, not in a thread).
   */
  private static ExecutorService boundedDispatcherThreads() {
    ThreadPoolExecutor threads = new ThreadPoolExecutor(DISPATCHER_THREADS, DISPATCHER_THREADS, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), runnable -> {
          Thread t = new Thread(runnable, "commerce-clients-dispatcher");
          t.setDaemon(true);
          return t;
        });
    threads.allowCoreThreadTimeOut(true);
    return threads;
  }

  /**
   * Starts a transport for a client with the given options; the first in a JVM also starts the
   * {@link StartupWarmUp}.
   */
  public static Builder builder(ClientOptions options) {
    StartupWarmUp.start();
    return new Builder(options);
  }

  /**
   * Creates the implementation of a Retrofit interface bound to this transport: a method that only
   * reads with query parameters builds its request in one pass ({@link QueryOperation}), any other
   * goes through Retrofit.
   */
  public <T> T create(Class<T> retrofitInterface) {
    return OperationProxy.create(retrofit, retrofitInterface, starter);
  }

  /**
   * Executes a call and returns its decoded body; null only for an operation declared to return
   * {@code Void} or marked {@link EmptyAnswerAllowed} that was answered without a body.
   *
   * @throws ApiException the typed subclass for an error answer or a transport failure; a {@link
   *     io.commerceclients.core.error.ProtocolException} for an answer with no body, or one the
   *     operation's model cannot be built from
   * @throws IllegalStateException if the client is closed
   */
  public <T> T execute(Call<T> call) {
    CallSettings perCall = settings.forCall();
    return inScope(perCall, () -> observed(perCall, call.request(), () -> executeInScope(call)));
  }

  /** Runs a blocking call with its trace: started on this thread, told how the call ended. */
  private <R> R observed(CallSettings perCall, Request request, java.util.function.Supplier<R> work) {
    CallTrace trace = CallTrace.start(options.observer(), apiName, request, errors::requestIdOf);
    perCall.trace(trace);
    try {
      R result = work.get();
      trace.ended(null);
      return result;
    } catch (RuntimeException | Error e) {
      trace.ended(e);
      throw e;
    }
  }

  private <T> T executeInScope(Call<T> call) {
    Request request = call.request();
    Response<T> response;
    try {
      response = send(request, call.timeout(), call::cancel, call::execute);
    } catch (ProtocolException e) {
      if (emptyAnswerAllowed(request) && e.getCause() instanceof JsonProcessingException
          && AnswerProblem.isEmpty((JsonProcessingException) e.getCause())) {
        return null;
      }
      throw e;
    }
    RawCapture.record(response.raw(), errors);
    if (response.isSuccessful()) {
      T body = response.body();
      if (body == null && expectsBody(request)) {
        throw errors.missingBody(request, response.raw());
      }
      return body;
    }
    throw errors.errorResponse(request, response.raw(), response.errorBody());
  }

  /**
   * Sends one call on this thread: fails at once if the client is closed or the thread
   * interrupted, applies the thread's {@link CallDeadline} and {@link CallCancellation}, and cancels
   * the call if the thread is interrupted while it waits.
   */
  private <R> R send(Request request, Timeout timeout, Runnable cancel, Exchange<R> exchange) {
    ClosedGuard.check(closed, apiName);
    if (Thread.currentThread().isInterrupted()) {
      throw errors.interrupted(request, null);
    }
    requestOptions.timeout().ifPresent(t -> timeout.timeout(t.toMillis(), TimeUnit.MILLISECONDS));
    Long deadline = CallDeadline.current();
    if (deadline != null) {
      timeout.deadlineNanoTime(deadline);
    }
    Runnable untie = CallCancellation.register(cancel);
    try (InterruptWatchdog.Watch watch = InterruptWatchdog.watch(cancel)) {
      try {
        return exchange.run();
      } catch (FatalDecodingError e) {
        throw e.error();
      } catch (JsonProcessingException e) {
        throw errors.unreadable(request, e);
      } catch (IOException e) {
        throw watch.fired() || Thread.currentThread().isInterrupted()
            ? errors.interrupted(request, e) : errors.transportFailure(request, e);
      }
    } finally {
      untie.run();
    }
  }

  /** One blocking exchange: Retrofit's or OkHttp's {@code execute()}. */
  @FunctionalInterface
  private interface Exchange<R> {
    R run() throws IOException;
  }

  private static boolean emptyAnswerAllowed(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation != null && invocation.method().isAnnotationPresent(EmptyAnswerAllowed.class);
  }

  private static boolean expectsBody(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null || emptyAnswerAllowed(request)) {
      return false;
    }
    Type returned = invocation.method().getGenericReturnType();
    if (!(returned instanceof ParameterizedType)) {
      return true;
    }
    Type value = ((ParameterizedType) returned).getActualTypeArguments()[0];
    return value != Void.class && !value.getTypeName().equals("kotlin.Unit");
  }

  /**
   * Executes a call asynchronously: OkHttp's asynchronous call for each attempt, retries scheduled
   * after their backoff, the whole call within the view's timeout (or the client's call timeout).
   * The future completes on the SDK's completion threads with the decoded body, or exceptionally with
   * the same typed {@link ApiException} a blocking call throws (an {@link IllegalStateException}
   * when the client is closed); cancelling it cancels the attempt in flight or the retry waiting.
   */
  public <T> CompletableFuture<T> executeAsync(Call<T> call) {
    if (closed.get()) {
      return CompletableFuture.failedFuture(
          new IllegalStateException("the " + apiName + " client is closed; build a new one to make calls"));
    }
    Duration total = requestOptions.timeout().orElse(options.callTimeout());
    CallSettings perCall = asyncSettings.forCall();
    Request first = inScope(perCall, call::request);
    CallTrace trace = CallTrace.start(options.observer(), apiName, first, errors::requestIdOf);
    perCall.trace(trace);
    AsyncCall.Exchanges<T> exchanges = new AsyncCall.Exchanges<>() {
      @Override
      public T success(Request request, Response<T> response) {
        RawCapture.record(response.raw(), errors);
        T body = response.body();
        if (body == null && expectsBody(request)) {
          throw errors.missingBody(request, response.raw());
        }
        return body;
      }

      @Override
      public ApiException error(Request request, Response<T> response) {
        return errors.errorResponse(request, response.raw(), response.errorBody());
      }

      @Override
      public Throwable failure(Request request, Throwable failure) {
        IllegalStateException closedMeanwhile = ClosedGuard.closedFailure(closed, apiName, failure);
        if (closedMeanwhile != null) {
          return closedMeanwhile;
        }
        if (failure instanceof JsonProcessingException) {
          return errors.unreadable(request, (JsonProcessingException) failure);
        }
        if (failure instanceof IOException) {
          return errors.transportFailure(request, (IOException) failure);
        }
        return failure;
      }

      @Override
      public boolean meansNoBody(Request request, Throwable failure) {
        return emptyAnswerAllowed(request) && failure instanceof JsonProcessingException
            && AnswerProblem.isEmpty((JsonProcessingException) failure);
      }

      @Override
      public CompletableFuture<?> credentialsReady() {
        return auth == null ? CompletableFuture.completedFuture(null) : auth.ready(first.url());
      }

      @Override
      public boolean replayAfterUnauthorized(Request request, Response<T> response) {
        return auth != null && auth.refreshForReplay(request, response.raw());
      }

      @Override
      public Runnable whenClosed(Consumer<IllegalStateException> action) {
        return ApiTransport.this.whenClosed(action);
      }

      @Override
      public void start(Call<T> attempt, Duration timeout, retrofit2.Callback<T> callback) {
        ClosedGuard.check(closed, apiName);
        inScope(perCall, () -> {
          if (!timeout.isZero()) {
            attempt.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS);
          }
          attempt.enqueue(callback);
          return null;
        });
      }
    };
    return new AsyncCall<>(call, exchanges, perCall, options.sleeper(), options.clock(), total).start();
  }

  /**
   * Sends a request built by hand (such as a PUT to a pre-signed storage URL) on {@code client}, one
   * of this transport's two clients, asynchronously and as {@link #executeAsync} does: retries
   * scheduled, the view's options, cancellation, typed exceptions. The answer's body is discarded.
   */
  public CompletableFuture<Void> sendAsync(OkHttpClient client, Request request) {
    return executeAsync(new RawAsyncCall(client, request));
  }

  /** Returns the settings in scope on this thread while the transport starts a call, or null. */
  static CallSettings settingsInScope() {
    return CURRENT.get();
  }

  /** Returns a future of {@code map} applied to {@code source}'s value that, when cancelled, cancels {@code source}. */
  public static <A, B> CompletableFuture<B> mapAsync(CompletableFuture<A> source, java.util.function.Function<A, B> map) {
    return AsyncCall.map(source, map);
  }

  /**
   * Executes a {@code @Streaming} call and returns the open body; the caller must close it.
   *
   * @throws ApiException the typed subclass for an error answer or a transport failure
   */
  public ResponseBody executeStreaming(Call<ResponseBody> call) {
    CallSettings perCall = settings.forCall();
    return inScope(perCall, () -> observed(perCall, call.request(), () -> executeStreamingInScope(call)));
  }

  private ResponseBody executeStreamingInScope(Call<ResponseBody> call) {
    Request request = call.request();
    Response<ResponseBody> response = send(request, call.timeout(), call::cancel, call::execute);
    RawCapture.record(response.raw(), errors);
    if (!response.isSuccessful()) {
      throw errors.errorResponse(request, response.raw(), response.errorBody());
    }
    ResponseBody body = response.body();
    return body != null ? body : ResponseBody.create(new byte[0], null);
  }

  /**
   * Sends a request outside Retrofit on {@code client} (one of this transport's two clients) and
   * returns the successful response, which the caller must close.
   *
   * @throws ApiException the typed subclass for an error answer or a transport failure
   */
  public okhttp3.Response executeRaw(OkHttpClient client, Request request) {
    CallSettings perCall = settings.forCall();
    Request withSettings = request.newBuilder().tag(CallSettings.class, perCall).build();
    okhttp3.Call call = client.newCall(withSettings);
    okhttp3.Response response = observed(perCall, request,
        () -> send(request, call.timeout(), call::cancel, call::execute));
    RawCapture.record(response, errors);
    if (response.isSuccessful()) {
      return response;
    }
    try (response) {
      throw errors.errorResponse(request, response, response.body());
    }
  }

  /**
   * Maps an I/O failure that happened while reading a response body this transport returned
   * (a download cut short) to the SDK's exception.
   */
  public ApiException transportFailure(Request request, IOException failure) {
    return errors.transportFailure(request, failure);
  }

  /** Returns the client for the API's own hosts (credentials added, retries, logging). */
  public OkHttpClient httpClient() {
    return httpClient;
  }

  /** Returns the client for pre-signed storage URLs: never sends a credential. */
  public OkHttpClient storageClient() {
    return storageClient;
  }

  /** Returns the options this transport was built with. */
  public ClientOptions options() {
    return options;
  }

  /** Returns the API's base URL. */
  public HttpUrl baseUrl() {
    return options.baseUrl();
  }

  /**
   * Returns the {@link io.commerceclients.core.error.ProtocolException} for an answer to {@code request}
   * that decoded but breaks the operation's contract: its message names the operation, then {@code problem}.
   */
  public ApiException contractBreach(Request request, String problem) {
    return errors.contractBreach(request, problem);
  }

  /** Returns true once the client is closed: every call from then on fails with {@link IllegalStateException}. */
  public boolean isClosed() {
    return closed.get();
  }

  /**
   * Releases the connections and threads this transport owns (a caller-supplied client is left
   * open); every later call fails with {@link IllegalStateException}.
   */
  @Override
  public void close() {
    if (view) {
      return;
    }
    if (closed.getAndSet(true)) {
      return;
    }
    for (Runnable action : closeActions) {
      if (closeActions.remove(action)) {
        action.run();
      }
    }
    if (ownsConnections) {
      httpClient.dispatcher().executorService().shutdown();
      httpClient.connectionPool().evictAll();
    }
  }

  /**
   * Runs {@code action} once with the closed client's error when the client is closed (at once if
   * it already is); the returned handle forgets it.
   */
  private Runnable whenClosed(Consumer<IllegalStateException> action) {
    Runnable once = () -> action.accept(ClosedGuard.closedError(apiName));
    closeActions.add(once);
    if (closed.get() && closeActions.remove(once)) {
      once.run();
    }
    return () -> closeActions.remove(once);
  }

  /** Builds an {@link ApiTransport}. */
  public static final class Builder {
    private final ClientOptions options;
    private String apiName = "api";
    private RequestAuthenticator authenticator;
    private ErrorBodyParser errorParser = ErrorBodyParser.generic();
    private final List<HttpUrl> extraHosts = new ArrayList<>();
    private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
    private final Set<String> secretHeaders = new LinkedHashSet<>();
    private final Set<String> secretFields = new LinkedHashSet<>();
    private final List<String> secretValues = new ArrayList<>();
    private final List<String> requestIdHeaders = new ArrayList<>(List.of(
        "X-Request-Id", "Request-Id", "X-Correlation-Id", "x-vol-correlation", "X-Amzn-RequestId", "CF-Ray"));
    private ObjectMapper mapper;
    private ApiTransport shareWith;

    private Builder(ClientOptions options) {
      this.options = Check.required(options, "options");
    }

    /** Names the API in the User-Agent, such as {@code "kiliba"}. */
    public Builder apiName(String apiName) {
      this.apiName = Check.notBlank(apiName, "apiName");
      return this;
    }

    /** Sets how requests to the API's hosts are authenticated; none by default. */
    public Builder authenticator(RequestAuthenticator authenticator) {
      this.authenticator = authenticator;
      return this;
    }

    /** Adds another host that receives credentials and default headers (for example an auth host). */
    public Builder alsoAuthenticate(HttpUrl url) {
      extraHosts.add(Check.required(url, "url"));
      return this;
    }

    /** Sets the reader of the API's error body (default {@link ErrorBodyParser#generic()}). */
    public Builder errorParser(ErrorBodyParser parser) {
      this.errorParser = Check.required(parser, "errorParser");
      return this;
    }

    /** Adds a header sent on every request to the API's hosts unless the request sets it. */
    public Builder defaultHeader(String name, String value) {
      defaultHeaders.put(Check.notBlank(name, "header name"), Check.required(value, name));
      return this;
    }

    /** Adds header names whose values are credentials (never logged, never sent to other hosts). */
    public Builder secretHeaders(String... names) {
      secretHeaders.addAll(List.of(names));
      return this;
    }

    /** Adds query-parameter and body-field names whose values are masked in logs and messages. */
    public Builder secretFields(String... names) {
      secretFields.addAll(List.of(names));
      return this;
    }

    /** Adds secret values (such as a client secret) masked wherever a server echoes them in an error or log. */
    public Builder secretValues(String... values) {
      for (String value : values) {
        if (value != null) {
          secretValues.add(value);
        }
      }
      return this;
    }

    /** Adds a response header, read first, that carries the API's request or correlation id. */
    public Builder requestIdHeader(String name) {
      requestIdHeaders.add(0, Check.notBlank(name, "requestIdHeader"));
      return this;
    }

    /** Replaces the JSON mapper (default {@link Json#mapper()}). */
    public Builder mapper(ObjectMapper mapper) {
      this.mapper = Check.required(mapper, "mapper");
      return this;
    }

    /** Shares the connection pool and dispatcher of another transport of the same client. */
    public Builder shareConnectionsWith(ApiTransport other) {
      this.shareWith = Check.required(other, "other");
      return this;
    }

    /** Builds the transport. */
    public ApiTransport build() {
      return new ApiTransport(this);
    }
  }
}
