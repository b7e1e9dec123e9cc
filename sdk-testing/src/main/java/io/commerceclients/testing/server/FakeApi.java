package io.commerceclients.testing.server;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * The family of the SDK's fakes, {@code FakeKiliba}, {@code FakeKarla} and {@code FakeKibo}: a
 * {@link FakeHttpServer} that stands for one API and knows the client of that API. Every fake is
 * made the same way ({@code new FakeXxx()}, {@code new FakeXxx(credentials…)}, {@code
 * FakeXxx.create()}, {@code FakeXxx.started()}), answers {@link #baseUrl()} and its credentials,
 * goes back to its first state with {@link #reset()}, and hands out {@link #clientBuilder()}: the
 * client's builder already pointed at the fake.
 *
 * <p>Registered with JUnit 5's {@code @RegisterExtension}, a fake also fills in test-method
 * parameters: one of the fake's own type gets the fake, and one of its client's type ({@code
 * KilibaClient}, {@code KarlaClient}, {@code KiboImportExportClient}) gets a client built from
 * {@link #clientBuilder()}, closed after the test (after the class for a {@code @BeforeAll}
 * method's parameter):
 *
 * <pre>{@code
 * @RegisterExtension static FakeKiliba kiliba = new FakeKiliba();
 *
 * @Test void importsProducts(KilibaClient client) {
 *   client.imports().products().send(products);
 *   assertEquals(1, kiliba.requestCount("POST", "/client/v1/import/products"));
 * }
 * }</pre>
 *
 * <p>{@code sdk-testing} depends on no client module (the clients' own tests use it), so the
 * builder is found by name when asked for: the client's artifact must be on the test class path.
 */
public abstract class FakeApi extends FakeHttpServer {

  private final String clientClassName;
  private final String clientArtifactId;
  private final Map<String, List<AutoCloseable>> injectedClients = new LinkedHashMap<>();

  /**
   * Creates the fake of the API whose client interface is {@code clientClassName}, shipped in the
   * artifact {@code io.commerceclients:clientArtifactId}.
   */
  protected FakeApi(String clientClassName, String clientArtifactId) {
    this.clientClassName = clientClassName;
    this.clientArtifactId = clientArtifactId;
  }

  /** Starts the fake on a free loopback port; does nothing if it runs already. */
  @Override
  public synchronized FakeApi start() {
    super.start();
    return this;
  }

  /**
   * Returns the fake to the state it had when it was constructed, while it keeps running on the
   * same port with the same credentials: it forgets the recorded requests and pending faults and
   * everything the API stored, and test settings go back to their defaults. Each fake lists what
   * that covers.
   */
  @Override
  public void reset() {
    super.reset();
  }

  /**
   * Returns the client's builder already pointed at this fake: its base URL and credentials, a
   * sleeper that does not wait (retries and polls go on at once), and, where the builder takes
   * {@code polling(PollingOptions)}, polls every 10 ms that end after 1,000 polls or 2 minutes. Settings
   * made on the builder afterwards win.
   *
   * <p>The type is inferred from the target, so {@code KilibaClient.Builder b =
   * kiliba.clientBuilder();} needs no cast; it is not checked, and a wrong target type fails with a
   * {@link ClassCastException} where the result is assigned. To chain calls, or to have the type
   * checked, use {@link #clientBuilder(Class)}.
   *
   * @param <B> the builder type, {@code KilibaClient.Builder}, {@code KarlaClient.Builder} or {@code
   *     KiboImportExportClient.Builder}
   * @throws IllegalStateException if the fake is not started, or the client's artifact is not on
   *     the class path (the message names it) or is of another version
   */
  @SuppressWarnings("unchecked")
  public final <B> B clientBuilder() {
    return (B) newClientBuilder();
  }

  /**
   * Returns the client's builder pointed at this fake, as {@link #clientBuilder()} does, checked
   * to be a {@code builderType}: {@code kiliba.clientBuilder(KilibaClient.Builder.class).maxRetries(0).build()}.
   *
   * @throws IllegalArgumentException if the builder is not a {@code builderType}
   * @throws IllegalStateException if the fake is not started, or the client's artifact is not on
   *     the class path (the message names it) or is of another version
   */
  public final <B> B clientBuilder(Class<B> builderType) {
    Object builder = newClientBuilder();
    if (!builderType.isInstance(builder)) {
      throw new IllegalArgumentException(getClass().getSimpleName() + " builds clients with a "
          + builder.getClass().getName() + ", not a " + builderType.getName());
    }
    return builderType.cast(builder);
  }

  /**
   * Returns {@code value}, a credential the fake is created with.
   *
   * @throws IllegalArgumentException naming {@code name} if {@code value} is null or blank
   */
  protected static String credential(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * Returns the builder settings that point a client at this fake, in call order: the name of a
   * one-argument builder method and its argument, such as {@code "apiKey"} and the fake's key.
   */
  protected abstract Map<String, Object> clientSettings();

  private Object newClientBuilder() {
    String fake = getClass().getSimpleName();
    Map<String, Object> settings = clientSettings();
    Object builder = ClientReflection.newBuilder(fake, clientClassName, clientArtifactId, classLoader());
    settings.forEach((method, value) -> ClientReflection.call(builder, method, value, fake, clientArtifactId));
    Method sleeper = ClientReflection.oneArgumentMethod(builder, "sleeper");
    if (sleeper == null) {
      throw new IllegalStateException(fake + ".clientBuilder(): " + builder.getClass().getName()
          + " has no sleeper(..); use the same version of " + clientArtifactId + " and sdk-testing");
    }
    Class<?> sleeperType = sleeper.getParameterTypes()[0];
    ClientReflection.call(builder, "sleeper", ClientReflection.noOpSleeper(sleeperType, fake), fake, clientArtifactId);
    Method polling = ClientReflection.oneArgumentMethod(builder, "polling");
    if (polling != null) {
      Object options = ClientReflection.fastPolling(polling.getParameterTypes()[0], fake, clientArtifactId);
      ClientReflection.call(builder, "polling", options, fake, clientArtifactId);
    }
    return builder;
  }

  private ClassLoader classLoader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : FakeApi.class.getClassLoader();
  }

  /** Supports a parameter of this fake's type (as {@link FakeHttpServer} does) or of its client's type. */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return super.supportsParameter(parameter, context) || isClient(parameter);
  }

  /**
   * Returns this fake, or a client built from {@link #clientBuilder()}, which is closed when the
   * test (or, for a class-level method, the class) is done.
   *
   * @throws ParameterResolutionException if the client cannot be built
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    if (!isClient(parameter)) {
      return super.resolveParameter(parameter, context);
    }
    AutoCloseable client;
    try {
      client = (AutoCloseable) ClientReflection.call(newClientBuilder(), "build", getClass().getSimpleName(),
          clientArtifactId);
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(getClass().getSimpleName() + " could not build the "
          + parameter.getParameter().getType().getSimpleName() + " for " + parameter.getDeclaringExecutable()
          + ": " + e.getMessage(), e);
    }
    synchronized (injectedClients) {
      injectedClients.computeIfAbsent(context.getUniqueId(), k -> new ArrayList<>()).add(client);
    }
    return client;
  }

  private boolean isClient(ParameterContext parameter) {
    return parameter.getParameter().getType().getName().equals(clientClassName);
  }

  /** Closes the clients injected into the test, then stops the fake if the test started it (an instance field). */
  @Override
  public void afterEach(ExtensionContext context) {
    closeClients(context.getUniqueId(), false);
    super.afterEach(context);
  }

  /** Closes the clients injected for the class, then stops the fake if this class started it (not a nested one). */
  @Override
  public void afterAll(ExtensionContext context) {
    closeClients(context.getUniqueId(), true);
    super.afterAll(context);
  }

  /** Closes the clients it injected that are still open, then stops the fake and its threads. */
  @Override
  public synchronized void close() {
    closeClients("", true);
    super.close();
  }

  private void closeClients(String contextId, boolean nested) {
    List<AutoCloseable> closing = new ArrayList<>();
    synchronized (injectedClients) {
      for (Iterator<Map.Entry<String, List<AutoCloseable>>> it = injectedClients.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<String, List<AutoCloseable>> entry = it.next();
        if (entry.getKey().equals(contextId) || (nested && entry.getKey().startsWith(contextId))) {
          closing.addAll(entry.getValue());
          it.remove();
        }
      }
    }
    RuntimeException failure = null;
    for (AutoCloseable client : closing) {
      try {
        client.close();
      } catch (Exception e) {
        if (failure == null) {
          failure = new IllegalStateException(getClass().getSimpleName() + " could not close an injected client", e);
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
