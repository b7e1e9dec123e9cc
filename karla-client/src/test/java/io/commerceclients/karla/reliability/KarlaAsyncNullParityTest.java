package io.commerceclients.karla.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.core.support.RawServer;
import io.commerceclients.karla.KarlaAsyncClient;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.KarlaShopAsync;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every Karla service, called with null for each argument, ends the same way in
 * both forms: the asynchronous method never throws, and its future fails with the exception type
 * and message the blocking method throws (a {@code ValidationException} for a required argument,
 * never a {@code NullPointerException}). The server answers 404 to anything that is sent.
 */
class KarlaAsyncNullParityTest {

  private static final String NOT_FOUND = "{\"detail\":\"not found\"}";

  @Test
  void everyOperationCalledWithNullsEndsAlikeBlockingAndAsynchronous() throws Exception {
    try (RawServer server = new RawServer(x -> x.write("HTTP/1.1 404 Not Found\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + NOT_FOUND.length() + "\r\n\r\n" + NOT_FOUND));
        KarlaClient karla = KarlaClient.builder().baseUrl(server.url()).shop("gokarla").apiKey("k-secret")
            .maxRetries(0).build()) {
      List<String> problems = new ArrayList<>();
      int checked = 0;
      List<Object[]> roots = List.of(new Object[] {KarlaClient.class, karla, KarlaAsyncClient.class, karla.async()},
          new Object[] {KarlaShop.class, karla.shop("gokarla"), KarlaShopAsync.class, karla.async().shop("gokarla")});
      for (Object[] root : roots) {
        for (Method accessor : ((Class<?>) root[0]).getMethods()) {
          if (accessor.getParameterCount() != 0 || !accessor.getReturnType().getSimpleName().endsWith("Service")) {
            continue;
          }
          Object blocking = accessor.invoke(root[1]);
          Method asyncAccessor = ((Class<?>) root[2]).getMethod(accessor.getName());
          Object async = asyncAccessor.invoke(root[3]);
          checked += sweep(accessor.getReturnType(), blocking, asyncAccessor.getReturnType(), async, problems);
        }
        checked += sweep((Class<?>) root[0], root[1], (Class<?>) root[2], root[3], problems);
      }
      assertEquals(List.of(), problems);
      assertTrue(checked > 60, "operations checked: " + checked);
    }
  }

  private static int sweep(Class<?> type, Object blocking, Class<?> asyncType, Object async, List<String> problems)
      throws Exception {
    int checked = 0;
    for (Method method : type.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() == 0
          || method.getDeclaringClass() == Object.class || method.getName().equals("shop")
          || method.getName().equals("withOptions") || method.getName().equals("withRawResponse")) {
        continue;
      }
      Method twin;
      try {
        twin = asyncType.getMethod(method.getName(), method.getParameterTypes());
      } catch (NoSuchMethodException e) {
        continue;
      }
      checked++;
      Object[] args = new Object[method.getParameterCount()];
      for (int i = 0; i < args.length; i++) {
        Class<?> p = method.getParameterTypes()[i];
        args[i] = p == int.class ? 0 : p == long.class ? 0L : p == boolean.class ? false : null;
      }
      String name = type.getSimpleName() + "." + method.getName();
      Throwable thrown = outcome(() -> {
        Object result = method.invoke(blocking, args);
        if (result instanceof PagedIterable) {
          ((PagedIterable<?>) result).iterator().hasNext();
        }
        return null;
      });
      Object returned;
      try {
        returned = twin.invoke(async, args);
      } catch (InvocationTargetException e) {
        problems.add(name + ": the asynchronous method threw " + e.getCause());
        continue;
      }
      CompletableFuture<?> future = returned instanceof AsyncPagedIterable
          ? ((AsyncPagedIterable<?>) returned).firstPage() : (CompletableFuture<?>) returned;
      Throwable failed;
      try {
        future.get(10, TimeUnit.SECONDS);
        failed = null;
      } catch (ExecutionException e) {
        failed = e.getCause();
      }
      String expected = thrown == null ? "success" : thrown.getClass().getSimpleName() + ": " + thrown.getMessage();
      String actual = failed == null ? "success" : failed.getClass().getSimpleName() + ": " + failed.getMessage();
      if (!expected.equals(actual)) {
        problems.add(name + ": blocking " + expected + " / async " + actual);
      }
      if (failed instanceof NullPointerException || thrown instanceof NullPointerException) {
        problems.add(name + ": a NullPointerException reached the caller");
      }
    }
    return checked;
  }

  private interface Call {
    Object run() throws Exception;
  }

  private static Throwable outcome(Call call) throws Exception {
    try {
      call.run();
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    } catch (RuntimeException e) {
      return e;
    }
  }
}
