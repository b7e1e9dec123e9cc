package io.commerceclients.karla.wire;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.KarlaShopAsync;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of {@link KarlaOperationsWireTest} again, through the asynchronous client: the
 * same request on the wire and the same result. The cases call a {@link KarlaClient} whose services
 * forward each call to its asynchronous twin and wait for the future.
 */
@WireMockTest
class KarlaAsyncOperationsWireTest {

  private static final Map<Class<?>, Class<?>> ROOTS = Map.of(KarlaClient.class, KarlaAsyncClient.class,
      KarlaShop.class, KarlaShopAsync.class);

  static java.util.stream.Stream<WireCase> operations() {
    return KarlaOperationsWireTest.operations();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theAsyncTwinSendsWhatTheReferenceDescribes(WireCase op, WireMockRuntimeInfo wm) throws Exception {
    KarlaOperationsWireTest.run(op, wm, client -> waitingFor(KarlaClient.class, client.async(), client));
  }

  /**
   * Returns a {@code blocking} view of {@code async}: a method that {@code async}'s interface has
   * is forwarded to it (a future is waited for, a service twin wrapped again); others go to {@code
   * fallback}.
   */
  private static <T> T waitingFor(Class<T> blocking, Object async, Object fallback) {
    Class<?> asyncType = twinOf(blocking);
    return blocking.cast(Proxy.newProxyInstance(blocking.getClassLoader(), new Class<?>[] {blocking}, (proxy, method, args) -> {
      Method twin;
      try {
        twin = asyncType.getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        return unwrapped(() -> method.invoke(fallback, args));
      }
      Object result = unwrapped(() -> twin.invoke(async, args));
      if (result instanceof CompletableFuture) {
        return unwrapped(((CompletableFuture<?>) result)::join);
      }
      if (result != null && method.getReturnType().isInterface() && !method.getReturnType().isInstance(result)) {
        return waitingFor(method.getReturnType(), result, null);
      }
      return result;
    }));
  }

  private static Class<?> twinOf(Class<?> blocking) {
    Class<?> root = ROOTS.get(blocking);
    if (root != null) {
      return root;
    }
    try {
      return Class.forName(blocking.getName() + "Async");
    } catch (ClassNotFoundException e) {
      throw new AssertionError("no asynchronous twin of " + blocking.getName());
    }
  }

  /** Runs {@code call} and rethrows what a reflective call or a future wraps. */
  private static Object unwrapped(Callable call) throws Throwable {
    try {
      return call.call();
    } catch (InvocationTargetException | CompletionException e) {
      throw e.getCause();
    }
  }

  @FunctionalInterface
  private interface Callable {
    Object call() throws Exception;
  }
}
