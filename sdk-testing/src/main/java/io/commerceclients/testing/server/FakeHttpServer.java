package io.commerceclients.testing.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded HTTP server on loopback, the base of the SDK's fakes: routes by method and path
 * template, records every request, and plays injected {@link Fault}s. Request and response bodies
 * are streamed, so multi-gigabyte uploads and downloads need no memory.
 *
 * <p>Use it as an {@code AutoCloseable}, or register it with JUnit 5's {@code @RegisterExtension}
 * (in a static field it lives for the class and its {@code @Nested} classes, in an instance field
 * for each test, or for the class with {@code @TestInstance(PER_CLASS)}); registered, it
 * also fills in test-method parameters of its own type. The fakes of the APIs extend {@link FakeApi}.
 */
public class FakeHttpServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback,
    BeforeEachCallback, AfterEachCallback, ParameterResolver {
  static {
    // Without TCP_NODELAY the JDK server's small writes meet the client's delayed ACK: ~40 ms per exchange.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final Logger LOG = LoggerFactory.getLogger(FakeHttpServer.class);
  private final List<Route> routes = new CopyOnWriteArrayList<>();
  /** The recorded requests by arrival number: a request is recorded once answered, in its place of arrival. */
  private final ConcurrentSkipListMap<Long, RecordedRequest> requests = new ConcurrentSkipListMap<>();
  private final AtomicLong arrivals = new AtomicLong();
  private final Object recording = new Object();
  /** The last arrival {@link #clearRequests()} forgot: a request that arrived by then is never recorded. */
  private long clearedThrough;
  private final FaultInjector faults = new FaultInjector(this);
  private @Nullable HttpServer server;
  /** The base URL while started, read by the handler threads without the lock {@link #close()} holds. */
  private volatile @Nullable String baseUrl;
  private @Nullable ExecutorService executor;
  private @Nullable String owner;

  /** Creates a server that is not started yet. */
  public FakeHttpServer() {}

  /**
   * Starts the server on a free loopback port; does nothing if it runs already.
   *
   * @throws UncheckedIOException if no port can be bound
   */
  public synchronized FakeHttpServer start() {
    if (server != null) {
      return this;
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a loopback port", e);
    }
    AtomicInteger threads = new AtomicInteger();
    executor = Executors.newCachedThreadPool(r -> {
      Thread t = new Thread(r, getClass().getSimpleName() + "-" + threads.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", this::serve);
    server.start();
    InetSocketAddress address = server.getAddress();
    baseUrl = "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
    return this;
  }

  /** Stops the server and its threads. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.shutdownNow();
      try {
        executor.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      server = null;
      baseUrl = null;
    }
  }

  /** Returns true while the server runs. */
  public synchronized boolean isRunning() {
    return server != null;
  }

  /**
   * Returns the base URL, such as {@code http://127.0.0.1:43121}, without a trailing slash.
   *
   * @throws IllegalStateException if the server is not started
   */
  public String baseUrl() {
    String url = baseUrl;
    if (url == null) {
      throw new IllegalStateException("the server is not started");
    }
    return url;
  }

  /**
   * Returns the port.
   *
   * @throws IllegalStateException if the server is not started
   */
  public int port() {
    String url = baseUrl();
    return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
  }

  /** Adds a route; {@code pathTemplate} may hold {@code {name}} segments. Later routes do not override earlier ones. */
  public final FakeHttpServer route(String method, String pathTemplate, Handler handler) {
    routes.add(new Route(method.toUpperCase(java.util.Locale.ROOT), pathTemplate, handler));
    return this;
  }

  /** Returns the fault injector. */
  public final FaultInjector faults() {
    return faults;
  }

  /**
   * Returns every request received so far, in order of arrival; a request appears once the fake has
   * decided its answer (after an injected delay), in its place, unless it arrived before the last
   * {@link #clearRequests()}.
   */
  public final List<RecordedRequest> requests() {
    return List.copyOf(requests.values());
  }

  /** Returns the requests received so far that match {@code filter}, in order of arrival. */
  public final List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : requests.values()) {
      if (filter.test(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /** Returns how many requests with this method and path template arrived. */
  public final int requestCount(String method, String pathTemplate) {
    RequestMatcher m = RequestMatcher.of(method, pathTemplate);
    return requests(r -> m.matches(r.method(), r.path())).size();
  }

  /**
   * Forgets the recorded requests and pending faults; a request that arrived before, and that the
   * fake is still answering, is not recorded either.
   */
  public void clearRequests() {
    synchronized (recording) {
      clearedThrough = arrivals.get();
      requests.clear();
    }
    faults.clear();
  }

  /**
   * Forgets the recorded requests and pending faults, as {@link #clearRequests()} does; the fakes
   * of the APIs also forget what they stored (see {@link FakeApi#reset()}).
   */
  public void reset() {
    clearRequests();
  }

  /**
   * Throws if {@code matcher} is a {@link RequestMatcher#of} that no route of this server fits: a
   * fault it selects would never play. A server without routes takes any matcher.
   */
  final void checkServed(RequestMatcher matcher) {
    if (!(matcher instanceof TemplateMatcher) || routes.isEmpty()) {
      return;
    }
    StringBuilder served = new StringBuilder();
    for (Route route : routes) {
      if (((TemplateMatcher) matcher).overlaps(route.method, route.pathTemplate)) {
        return;
      }
      served.append(served.length() == 0 ? "" : ", ").append(route.method).append(' ').append(route.pathTemplate);
    }
    throw new IllegalArgumentException(getClass().getSimpleName() + " serves no route that " + matcher
        + " fits, so its fault would never play; the routes are: " + served);
  }

  /**
   * Answers a request whose path a route serves, but with another method; the default is {@link
   * #notFound(FakeRequest)}, as Express-based APIs answer.
   */
  protected FakeResponse methodNotAllowed(FakeRequest request) {
    return notFound(request);
  }

  /** Answers a request no route handles; the default is a 404 with a JSON message. */
  protected FakeResponse notFound(FakeRequest request) {
    return FakeResponse.json(404, Map.of("message", "no route for " + request.method() + " " + request.path()));
  }

  /**
   * Answers a request whose handler threw; the default is a 400 for a body that is not JSON, a 413
   * for one too long, and a 500 with the exception's message otherwise.
   */
  protected FakeResponse handlerFailed(FakeRequest request, Exception failure) {
    if (failure instanceof FakeRequest.MalformedBodyException) {
      return FakeResponse.json(400, Map.of("message", failure.getMessage()));
    }
    if (failure instanceof FakeRequest.PayloadTooLargeException) {
      return FakeResponse.json(413, Map.of("message", failure.getMessage()));
    }
    return FakeResponse.json(500, Map.of("message", "fake failed: " + failure));
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    RecordingStream body = new RecordingStream(exchange.getRequestBody());
    long arrival = arrivals.incrementAndGet();
    try {
      Fault fault = faults.take(method, path);
      if (fault != null && fault.kind == Fault.Kind.DELAY) {
        sleep(fault.delay.toMillis());
        fault = null;
      }
      if (fault != null && fault.kind == Fault.Kind.CONNECTION_RESET) {
        body.readRecorded();
        record(arrival, exchange, method, path, query, body);
        throw new DropConnection();
      }
      FakeResponse response;
      if (fault != null && fault.kind == Fault.Kind.STATUS) {
        body.drain();
        response = FakeResponse.bytes(fault.status, fault.body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
            "application/json");
        for (Map.Entry<String, String> h : fault.headers) {
          response.header(h.getKey(), h.getValue());
        }
      } else {
        response = dispatch(exchange, method, path, query, body);
        if (response.statusCode() == 413) {
          response.header("Connection", "close");   // the rest of a body too long is not read, as servers do
        } else {
          body.drain();
        }
      }
      record(arrival, exchange, method, path, query, body);
      if (fault != null && fault.kind == Fault.Kind.ANSWER_LOST) {
        throw new DropConnection();
      }
      if (fault != null && fault.kind == Fault.Kind.TRICKLE) {
        trickle(exchange, response, fault.delay);
        return;
      }
      send(exchange, response, fault != null && fault.kind == Fault.Kind.TRUNCATED_BODY);
    } catch (DropConnection drop) {
      throw drop;
    } catch (IOException | RuntimeException e) {
      LOG.warn("{} could not answer {} {}: {}", getClass().getSimpleName(), method, path, e.toString());
      exchange.close();
    }
  }

  private FakeResponse dispatch(HttpExchange exchange, String method, String path, String query, InputStream body) {
    boolean pathServed = false;
    for (Route route : routes) {
      Map<String, String> params = route.template.match(path);
      if (params == null) {
        continue;
      }
      if (!route.method.equals(method)) {
        pathServed = true;
        continue;
      }
      FakeRequest request = new FakeRequest(method, path, query, exchange.getRequestHeaders(), params, body, baseUrl());
      try {
        return route.handler.handle(request);
      } catch (Exception e) {
        return handlerFailed(request, e);
      }
    }
    FakeRequest unrouted = new FakeRequest(method, path, query, exchange.getRequestHeaders(), Map.of(), body, baseUrl());
    return pathServed ? methodNotAllowed(unrouted) : notFound(unrouted);
  }

  private static void send(HttpExchange exchange, FakeResponse response, boolean truncate) throws IOException {
    for (Map.Entry<String, String> h : response.headers()) {
      exchange.getResponseHeaders().add(h.getKey(), h.getValue());
    }
    long length = response.length();
    boolean noBody = length == 0 || response.statusCode() == 204 || "HEAD".equals(exchange.getRequestMethod());
    if (truncate && length > 1) {
      exchange.getResponseHeaders().set("Connection", "close");
      exchange.sendResponseHeaders(response.statusCode(), length);
      OutputStream out = exchange.getResponseBody();
      try (InputStream in = response.open()) {
        out.write(in.readNBytes((int) Math.min(length / 2, Integer.MAX_VALUE)));
        out.flush();
      }
      throw new DropConnection();
    }
    exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody(); InputStream in = response.open()) {
        in.transferTo(out);
      }
    }
    exchange.close();
  }

  /** Sends the headers, then the body a byte every {@code interval}; ends early when the client goes away. */
  private static void trickle(HttpExchange exchange, FakeResponse response, Duration interval) throws IOException {
    for (Map.Entry<String, String> h : response.headers()) {
      exchange.getResponseHeaders().add(h.getKey(), h.getValue());
    }
    long length = response.length();
    exchange.sendResponseHeaders(response.statusCode(), length == 0 ? -1 : length);
    try (OutputStream out = exchange.getResponseBody(); InputStream in = response.open()) {
      for (int b = in.read(); b >= 0 && !Thread.currentThread().isInterrupted(); b = in.read()) {
        sleep(interval.toMillis());
        out.write(b);
        out.flush();
      }
    }
    exchange.close();
  }

  private void record(long arrival, HttpExchange exchange, String method, String path, String query,
      RecordingStream body) {
    RecordedRequest recorded = new RecordedRequest(method, path, query, exchange.getRequestHeaders(), body.prefix(),
        body.size());
    synchronized (recording) {
      if (arrival > clearedThrough) {
        requests.put(arrival, recorded);
      }
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the server for the class unless an enclosing class's context already has it. */
  @Override
  public void beforeAll(ExtensionContext context) {
    startFor(context);
  }

  /** Stops the server if this class's context started it (not a {@code @Nested} class of that class). */
  @Override
  public void afterAll(ExtensionContext context) {
    stopFor(context);
  }

  /** Starts the server for the test unless its class's context has it (a static field, or {@code PER_CLASS}). */
  @Override
  public void beforeEach(ExtensionContext context) {
    startFor(context);
  }

  /** Stops the server if this test's context started it (an instance field, a fake per test). */
  @Override
  public void afterEach(ExtensionContext context) {
    stopFor(context);
  }

  /**
   * Makes the first JUnit context that meets this server its owner, and starts it: the class of a
   * static field (its {@code @Nested} classes share it), or the test of an instance field.
   */
  private synchronized void startFor(ExtensionContext context) {
    if (owner == null) {
      owner = context.getUniqueId();
    }
    start();
  }

  private synchronized void stopFor(ExtensionContext context) {
    if (context.getUniqueId().equals(owner)) {
      owner = null;
      close();
    }
  }

  /**
   * Supports a parameter whose type this server is an instance of, from {@code FakeHttpServer}
   * down to the fake's own class. Two registered servers that both fit a parameter make JUnit
   * report competing resolvers: declare the parameter with the fake's own type.
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return FakeHttpServer.class.isAssignableFrom(type) && type.isInstance(this);
  }

  /** Returns this server. */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return this;
  }

  /** Thrown out of the JDK server's handler so that it closes the connection mid-exchange. */
  private static final class DropConnection extends IOException {
    DropConnection() {
      super("connection dropped by fault injection");
    }
  }

  private static final class Route {
    final String method;
    final String pathTemplate;
    final PathTemplate template;
    final Handler handler;

    Route(String method, String pathTemplate, Handler handler) {
      this.method = method;
      this.pathTemplate = pathTemplate;
      this.template = PathTemplate.compile(pathTemplate);
      this.handler = handler;
    }
  }

  /** Passes the body through while keeping its first bytes and counting the rest. */
  private static final class RecordingStream extends FilterInputStream {
    private final ByteArrayOutputStream prefix = new ByteArrayOutputStream();
    private long size;

    RecordingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        keep(new byte[] {(byte) b}, 0, 1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        keep(buffer, offset, n);
      }
      return n;
    }

    private void keep(byte[] buffer, int offset, int n) {
      size += n;
      int room = RecordedRequest.MAX_BODY - prefix.size();
      if (room > 0) {
        prefix.write(buffer, offset, Math.min(room, n));
      }
    }

    /** Reads as much as the record keeps (a short body whole) and leaves the rest unread. */
    void readRecorded() throws IOException {
      byte[] chunk = new byte[8 * 1024];
      while (prefix.size() < RecordedRequest.MAX_BODY && read(chunk, 0, chunk.length) != -1) {
        // keep reading into the record
      }
    }

    void drain() throws IOException {
      byte[] skip = new byte[64 * 1024];
      while (read(skip, 0, skip.length) != -1) {
        // discard what the handler did not read
      }
    }

    byte[] prefix() {
      return prefix.toByteArray();
    }

    long size() {
      return size;
    }
  }
}
