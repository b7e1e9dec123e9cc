package io.commerceclients.kiliba.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kiliba.KilibaAsyncClient;
import io.commerceclients.kiliba.KilibaClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every public method of every blocking service has its asynchronous twin: same name and
 * parameters, returning a future of the blocking result ({@code CompletableFuture<Void>} for void),
 * an {@link AsyncPagedIterable} for a {@link PagedIterable}, and the asynchronous twin of a service
 * a method returns (such as {@code BulkImport} and {@code BulkImportAsync}). The services are found
 * from {@link KilibaClient}'s accessors, so a new service or operation without a twin fails here.
 */
class AsyncTwinsTest {

  private static final Set<String> CLIENT_ONLY = Set.of("withOptions", "withRawResponse", "async", "close");

  @Test
  void everyBlockingOperationHasItsAsynchronousTwin() {
    List<String> checked = new ArrayList<>();
    for (Method accessor : publicMethods(KilibaClient.class)) {
      if (CLIENT_ONLY.contains(accessor.getName())) {
        continue;
      }
      Method twin = twinOf(accessor, KilibaAsyncClient.class);
      checkServices(accessor.getReturnType(), twin.getReturnType(), checked);
    }
    assertEquals(Set.of("CustomersService", "ImportsService", "BulkImport", "PhysicalStoresService",
        "TransactionalEmailsService"), checked.stream().map(name -> name.substring(0, name.indexOf('.')))
        .collect(Collectors.toSet()));
    assertTrue(checked.containsAll(List.of("CustomersService.listAll", "BulkImport.send", "PhysicalStoresService.upload",
        "PhysicalStoresService.uploadFile", "ImportsService.products")), checked::toString);
  }

  private static void checkServices(Class<?> blocking, Class<?> async, List<String> checked) {
    assertEquals(blocking.getSimpleName() + "Async", async.getSimpleName(), "the twin of " + blocking.getName());
    assertEquals(blocking.getPackageName(), async.getPackageName(), "the twin of " + blocking.getName());
    assertTrue(async.isInterface(), async + " is a public interface");
    for (Method method : publicMethods(blocking)) {
      Method twin = twinOf(method, async);
      checked.add(blocking.getSimpleName() + "." + method.getName());
      Type returned = method.getGenericReturnType();
      Type twinReturned = twin.getGenericReturnType();
      Class<?> raw = method.getReturnType();
      if (raw == PagedIterable.class) {
        assertEquals(AsyncPagedIterable.class, twin.getReturnType(), twin.toString());
        assertEquals(argument(returned), argument(twinReturned), twin.toString());
      } else if (twin.getReturnType().getSimpleName().equals(raw.getSimpleName() + "Async")) {
        assertEquals(argument(returned), argument(twinReturned), twin.toString());
        if (checked.stream().noneMatch(name -> name.startsWith(raw.getSimpleName() + "."))) {
          checkServices(raw, twin.getReturnType(), checked);
        }
      } else {
        String expected = raw == void.class ? Void.class.getTypeName() : boxed(returned).getTypeName();
        assertEquals(expected, futureValue(twinReturned), twin + " returns a future of " + expected);
      }
    }
  }

  private static Method twinOf(Method method, Class<?> async) {
    try {
      Method twin = async.getMethod(method.getName(), method.getParameterTypes());
      assertEquals(Arrays.toString(method.getGenericParameterTypes()), Arrays.toString(twin.getGenericParameterTypes()),
          "the parameters of " + twin);
      return twin;
    } catch (NoSuchMethodException e) {
      return fail(async.getName() + " has no twin of " + method);
    }
  }

  /** The value type of a {@code CompletableFuture<V>}, or of a subclass such as {@code ImportFuture<T>}. */
  private static String futureValue(Type type) {
    if (type instanceof ParameterizedType && ((ParameterizedType) type).getRawType() == CompletableFuture.class) {
      return argument(type);
    }
    Class<?> raw = (Class<?>) (type instanceof ParameterizedType ? ((ParameterizedType) type).getRawType() : type);
    if (raw == Object.class || raw == null) {
      return fail(type + " is not a CompletableFuture");
    }
    return futureValue(raw.getGenericSuperclass());
  }

  private static String argument(Type type) {
    return ((ParameterizedType) type).getActualTypeArguments()[0].getTypeName();
  }

  private static Type boxed(Type type) {
    if (type == boolean.class) {
      return Boolean.class;
    }
    if (type == long.class) {
      return Long.class;
    }
    if (type == int.class) {
      return Integer.class;
    }
    return type;
  }

  private static List<Method> publicMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method m : type.getMethods()) {
      if (!Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class) {
        methods.add(m);
      }
    }
    return methods;
  }
}
