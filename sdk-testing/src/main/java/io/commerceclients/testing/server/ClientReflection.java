package io.commerceclients.testing.server;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a client's builder by name, so that {@code sdk-testing} depends on no client module and
 * not on {@code sdk-core} (the clients' own tests use the fakes: a dependency would be a cycle).
 * Types of {@code sdk-core} are never named either: the sleeper and the polling options are made
 * from the parameter types of the builder's {@code sleeper(..)} and {@code polling(..)} methods.
 */
final class ClientReflection {

  /**
   * How long a test waits on a job at most when polls are not waited: 1,000 polls, or 2 minutes, so
   * that a poll still fits any {@code Retry-After} the default retry policy honours (60 s).
   */
  static final Duration POLL_TIMEOUT = Duration.ofMinutes(2);
  static final int POLL_MAX_ATTEMPTS = 1_000;
  static final Duration POLL_INTERVAL = Duration.ofMillis(10);

  private static final String GROUP_ID = "io.commerceclients";

  private ClientReflection() {}

  /**
   * Loads {@code clientClassName} and returns what its static {@code builder()} answers.
   *
   * @throws IllegalStateException naming {@code artifactId} if the class is not on the class path,
   *     or if it has no usable {@code builder()}
   */
  static Object newBuilder(String fakeName, String clientClassName, String artifactId, ClassLoader loader) {
    Class<?> client;
    try {
      client = Class.forName(clientClassName, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(fakeName + ".clientBuilder() needs " + GROUP_ID + ":" + artifactId
          + " on the test class path (class " + clientClassName + " was not found); add it as a test"
          + " dependency, or build the client yourself from baseUrl() and the fake's credentials", e);
    }
    Method builder;
    try {
      builder = client.getMethod("builder");
    } catch (NoSuchMethodException e) {
      throw mismatch(fakeName, client.getName() + ".builder()", artifactId, e);
    }
    if (!Modifier.isStatic(builder.getModifiers())) {
      throw mismatch(fakeName, client.getName() + ".builder() (static)", artifactId, null);
    }
    return invoke(builder, null, fakeName, artifactId);
  }

  /**
   * Calls the public one-argument method {@code name} of {@code target} with {@code argument},
   * choosing the overload whose parameter accepts it (a {@code Long} fits a {@code long}).
   *
   * @throws IllegalStateException if there is no such method
   */
  static Object call(Object target, String name, Object argument, String fakeName, String artifactId) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1 && accepts(m.getParameterTypes()[0], argument)) {
        return invoke(m, target, fakeName, artifactId, argument);
      }
    }
    throw mismatch(fakeName, target.getClass().getName() + "." + name + "("
        + argument.getClass().getSimpleName() + ")", artifactId, null);
  }

  /** Calls the public no-argument method {@code name} of {@code target}, such as {@code build()}. */
  static Object call(Object target, String name, String fakeName, String artifactId) {
    try {
      return invoke(target.getClass().getMethod(name), target, fakeName, artifactId);
    } catch (NoSuchMethodException e) {
      throw mismatch(fakeName, target.getClass().getName() + "." + name + "()", artifactId, e);
    }
  }

  /** Returns the public one-argument method {@code name} of {@code target}'s class, or null. */
  static @Nullable Method oneArgumentMethod(Object target, String name) {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == 1) {
        return m;
      }
    }
    return null;
  }

  /**
   * Returns an implementation of the functional interface {@code sleeperType} whose every call
   * returns at once: retries and polls go on without waiting.
   */
  static Object noOpSleeper(Class<?> sleeperType, String fakeName) {
    return Proxy.newProxyInstance(sleeperType.getClassLoader(), new Class<?>[] {sleeperType}, (proxy, method, args) -> {
      if (method.isDefault()) {
        return InvocationHandler.invokeDefault(proxy, method, args);
      }
      switch (method.getName()) {
        case "toString":
          return "NoOpSleeper{" + fakeName + "}";
        case "hashCode":
          return System.identityHashCode(proxy);
        case "equals":
          return proxy == args[0];
        default:
          return null;
      }
    });
  }

  /**
   * Builds the polling options of {@code pollingType} (core's {@code PollingOptions}) for a fake:
   * every {@link #POLL_INTERVAL}, fixed, ending after {@link #POLL_TIMEOUT} or {@link
   * #POLL_MAX_ATTEMPTS} polls.
   */
  static Object fastPolling(Class<?> pollingType, String fakeName, String artifactId) {
    Object builder;
    try {
      builder = invoke(pollingType.getMethod("builder"), null, fakeName, artifactId);
    } catch (NoSuchMethodException e) {
      throw mismatch(fakeName, pollingType.getName() + ".builder()", artifactId, e);
    }
    for (Map.Entry<String, Object> setting : Map.<String, Object>of("interval", POLL_INTERVAL, "multiplier", 1.0,
        "timeout", POLL_TIMEOUT, "maxAttempts", POLL_MAX_ATTEMPTS).entrySet()) {
      call(builder, setting.getKey(), setting.getValue(), fakeName, artifactId);
    }
    return call(builder, "build", fakeName, artifactId);
  }

  private static boolean accepts(Class<?> parameter, Object argument) {
    if (!parameter.isPrimitive()) {
      return parameter.isInstance(argument);
    }
    return (parameter == long.class && argument instanceof Long)
        || (parameter == int.class && argument instanceof Integer)
        || (parameter == double.class && argument instanceof Double)
        || (parameter == boolean.class && argument instanceof Boolean);
  }

  /** Invokes {@code method}; what it throws is thrown as is, so that a client's own error reaches the test. */
  private static Object invoke(Method method, Object target, String fakeName, String artifactId, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException | IllegalArgumentException e) {
      throw mismatch(fakeName, method.toString(), artifactId, e);
    } catch (InvocationTargetException e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(InvocationTargetException e) {
    Throwable cause = e.getCause();
    if (cause instanceof RuntimeException) {
      return (RuntimeException) cause;
    }
    if (cause instanceof Error) {
      throw (Error) cause;
    }
    return new IllegalStateException(cause);
  }

  private static IllegalStateException mismatch(String fakeName, String member, String artifactId,
      @Nullable Throwable cause) {
    return new IllegalStateException(fakeName + ".clientBuilder() cannot use " + member + ": the "
        + GROUP_ID + ":" + artifactId + " on the class path does not match this sdk-testing; use the same"
        + " version of both", cause);
  }
}
