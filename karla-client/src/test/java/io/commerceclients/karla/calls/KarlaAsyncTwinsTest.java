package io.commerceclients.karla.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.KarlaShopAsync;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every blocking Karla service has an asynchronous twin of the same name
 * and parameters: {@code void} becomes {@code CompletableFuture<Void>}, {@code PagedIterable<T>}
 * becomes {@code AsyncPagedIterable<T>}, a service becomes its twin, any other {@code R} becomes
 * {@code CompletableFuture<R>}. The services are found on the class path, so a new service or
 * operation without its twin fails the build.
 */
class KarlaAsyncTwinsTest {

  private static final Map<Class<?>, Class<?>> ROOTS = Map.of(KarlaClient.class, KarlaAsyncClient.class,
      KarlaShop.class, KarlaShopAsync.class);
  /** Plain properties, the same on both sides. */
  private static final Set<String> PROPERTIES = Set.of("slug", "defaultShop");

  @Test
  void everyBlockingServiceMethodHasItsAsyncTwin() throws Exception {
    List<Class<?>> services = blockingServices();
    assertTrue(services.size() >= 13, "services found: " + services);
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Class<?> service : services) {
      Class<?> twin = twinOf(service);
      for (Method method : service.getMethods()) {
        if (Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() == Object.class) {
          continue;
        }
        checked++;
        check(method, twin, problems);
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked > 70, "methods checked: " + checked);
  }

  @Test
  void theClientsServiceAccessorsHaveTheirTwinsOnTheAsyncClient() throws Exception {
    List<String> problems = new ArrayList<>();
    for (Method method : KarlaClient.class.getMethods()) {
      Class<?> returned = method.getReturnType();
      boolean accessor = returned != KarlaClient.class && isService(returned);
      if (Modifier.isStatic(method.getModifiers()) || !(accessor || PROPERTIES.contains(method.getName()))) {
        continue;
      }
      check(method, KarlaAsyncClient.class, problems);
    }
    assertEquals(List.of(), problems);
    assertEquals(KarlaAsyncClient.class, KarlaClient.class.getMethod("async").getReturnType());
  }

  private static void check(Method method, Class<?> twin, List<String> problems) {
    String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    Method async;
    try {
      async = twin.getMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      problems.add(name + " has no twin in " + twin.getSimpleName());
      return;
    }
    String expected = expectedReturn(method);
    String actual = async.getGenericReturnType().getTypeName();
    if (!expected.equals(actual)) {
      problems.add(name + ": the twin returns " + actual + ", expected " + expected);
    }
  }

  private static String expectedReturn(Method method) {
    Type returned = method.getGenericReturnType();
    Class<?> raw = method.getReturnType();
    if (PROPERTIES.contains(method.getName())) {
      return returned.getTypeName();
    }
    if (raw == void.class) {
      return CompletableFuture.class.getName() + "<" + Void.class.getName() + ">";
    }
    if (raw == PagedIterable.class) {
      Type item = ((ParameterizedType) returned).getActualTypeArguments()[0];
      return AsyncPagedIterable.class.getName() + "<" + item.getTypeName() + ">";
    }
    if (isService(raw)) {
      return twinOf(raw).getName();
    }
    return CompletableFuture.class.getName() + "<" + returned.getTypeName() + ">";
  }

  private static boolean isService(Class<?> type) {
    return ROOTS.containsKey(type) || (type.isInterface() && type.getName().startsWith("io.commerceclients.karla.")
        && type.getSimpleName().endsWith("Service"));
  }

  private static Class<?> twinOf(Class<?> service) {
    Class<?> root = ROOTS.get(service);
    if (root != null) {
      return root;
    }
    try {
      return Class.forName(service.getName() + "Async");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(service.getName() + " has no asynchronous twin " + service.getName() + "Async");
    }
  }

  /** KarlaShop and every public interface named *Service in the client's classes. */
  private static List<Class<?>> blockingServices() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(KarlaClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    found.add(KarlaShop.class);
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.map(p -> classes.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith("Service.class") && !p.contains("/internal/"))
          .map(p -> p.substring(0, p.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    }
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (type.isInterface() && Modifier.isPublic(type.getModifiers())) {
        found.add(type);
      }
    }
    return found;
  }
}
