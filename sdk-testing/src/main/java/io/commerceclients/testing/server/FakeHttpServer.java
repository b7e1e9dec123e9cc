package io.commerceclients.testing.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * (in a static field it lives for the class, in an instance field for each test); registered, it
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
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final FaultInjector faults = new FaultInjector();
  private @Nullable HttpServer server;
  private @Nullable ExecutorService executor;

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
  public synchronized String baseUrl() {
    if (server == null) {
      throw new IllegalStateException("the server is not started");
    }
    InetSocketAddress address = server.getAddress();
    return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort();
  }

  /** Returns the port. */
  public synchronized int port() {
    baseUrl();
    return server.getAddress().getPort();
  }

  /** Adds a route; {@code pathTemplate} may hold {@code {name}} segments. Later routes do not override earlier ones. */
  public final FakeHttpServer route(String method, String pathTemplate, Handler handler) {
    routes.add(new Route(method.toUpperCase(java.util.Locale.ROOT), PathTemplate.compile(pathTemplate), handler));
    return this;
  }

  /** Returns the fault injector. */
  public final FaultInjector faults() {
    return faults;
  }

  /** Returns every request received so far, in order of arrival. */
  public final List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** Returns the requests received so far that match {@code filter}. */
  public final List<RecordedRequest> requests(Predicate<RecordedRequest> filter) {
    List<RecordedRequest> out = new ArrayList<>();
    for (RecordedRequest r : requests) {
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

  /** Forgets the recorded requests and pending faults. */
  public void clearRequests() {
    requests.clear();
    faults.clear();
  }

  /**
   * Forgets the recorded requests and pending faults, as {@link #clearRequests()} does; the fakes
   * of the APIs also forget what they stored (see {@link FakeApi#reset()}).
   */
  public void reset() {
    clearRequests();
  }

  /** Answers a request no route handles; the default is a 404 with a JSON message. */
  protected FakeResponse notFound(FakeRequest request) {
    return FakeResponse.json(404, Map.of("message", "no route for " + request.method() + " " + request.path()));
  }

  /** Answers a request whose handler threw; the default is a 500 with the exception's message. */
  protected FakeResponse handlerFailed(FakeRequest request, Exception failure) {
    if (failure instanceof FakeRequest.MalformedBodyException) {
      return FakeResponse.json(400, Map.of("message", failure.getMessage()));
    }
    return FakeResponse.json(500, Map.of("message", "fake failed: " + failure));
  }

  private void serve(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT);
    String path = exchange.getRequestURI().getPath();
    String query = exchange.getRequestURI().getRawQuery();
    RecordingStream body = new RecordingStream(exchange.getRequestBody());
    try {
      Fault fault = faults.take(method, path);
      if (fault != null && fault.kind == Fault.Kind.DELAY) {
        sleep(fault.delay.toMillis());
        fault = null;
      }
      if (fault != null && fault.kind == Fault.Kind.CONNECTION_RESET) {
        record(exchange, method, path, query, body);
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
        body.drain();
      }
      record(exchange, method, path, query, body);
      if (fault != null && fault.kind == Fault.Kind.ANSWER_LOST) {
        throw new DropConnection();
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
    for (Route route : routes) {
      if (!route.method.equals(method)) {
        continue;
      }
      Map<String, String> params = route.template.match(path);
      if (params == null) {
        continue;
      }
      FakeRequest request = new FakeRequest(method, path, query, exchange.getRequestHeaders(), params, body, baseUrl());
      try {
        return route.handler.handle(request);
      } catch (Exception e) {
        return handlerFailed(request, e);
      }
    }
    return notFound(new FakeRequest(method, path, query, exchange.getRequestHeaders(), Map.of(), body, baseUrl()));
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

  private void record(HttpExchange exchange, String method, String path, String query, RecordingStream body) {
    requests.add(new RecordedRequest(method, path, query, exchange.getRequestHeaders(), body.prefix(), body.size()));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    start();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    Object instance = context.getTestInstance().orElse(null);
    if (instance != null && heldByInstanceField(instance)) {
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

  private boolean heldByInstanceField(Object instance) {
    for (Class<?> c = instance.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || !FakeHttpServer.class.isAssignableFrom(f.getType())) {
          continue;
        }
        try {
          f.setAccessible(true);
          if (f.get(instance) == this) {
            return true;
          }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
          // an inaccessible field cannot hold this server
        }
      }
    }
    return false;
  }

  /** Thrown out of the JDK server's handler so that it closes the connection mid-exchange. */
  private static final class DropConnection extends IOException {
    DropConnection() {
      super("connection dropped by fault injection");
    }
  }

  private static final class Route {
    final String method;
    final PathTemplate template;
    final Handler handler;

    Route(String method, PathTemplate template, Handler handler) {
      this.method = method;
      this.template = template;
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
