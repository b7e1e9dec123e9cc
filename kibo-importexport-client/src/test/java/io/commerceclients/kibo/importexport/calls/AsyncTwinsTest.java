package io.commerceclients.kibo.importexport.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.batch.BatchJobsServiceAsync;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.exports.ExportJobsServiceAsync;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.imports.ImportJobsServiceAsync;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every operation of every blocking service has its asynchronous twin: same name, same parameters,
 * and {@code CompletableFuture<R>} for {@code R} ({@code Void} for {@code void}, {@code
 * AsyncPagedIterable<T>} for {@code PagedIterable<T>}). A new operation without a twin fails here.
 */
class AsyncTwinsTest {

  private static final Map<Class<?>, Class<?>> SERVICES = Map.of(
      FilesService.class, FilesServiceAsync.class,
      ImportJobsService.class, ImportJobsServiceAsync.class,
      ExportJobsService.class, ExportJobsServiceAsync.class,
      BatchJobsService.class, BatchJobsServiceAsync.class);

  @Test
  void everyBlockingOperationHasAnAsynchronousTwinAndNoTwinIsOrphaned() {
    List<String> problems = new ArrayList<>();
    SERVICES.forEach((blocking, async) -> {
      assertTrue(async.isInterface() && Modifier.isPublic(async.getModifiers()));
      assertEquals(blocking.getPackage(), async.getPackage(), async + " sits next to " + blocking);
      for (Method m : operations(blocking)) {
        Method twin;
        try {
          twin = async.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          problems.add(async.getSimpleName() + " lacks " + signature(m));
          continue;
        }
        String expected = expectedAsyncReturn(m.getGenericReturnType());
        String actual = twin.getGenericReturnType().getTypeName();
        if (!expected.equals(actual)) {
          problems.add(async.getSimpleName() + "." + signature(m) + " returns " + actual + ", expected " + expected);
        }
      }
      for (Method m : operations(async)) {
        try {
          blocking.getMethod(m.getName(), m.getParameterTypes());
        } catch (NoSuchMethodException e) {
          problems.add(async.getSimpleName() + "." + signature(m) + " has no blocking twin");
        }
      }
    });
    assertEquals(List.of(), problems);
  }

  @Test
  void theAsynchronousClientOffersOneAccessorPerService() {
    for (Method accessor : operations(KiboImportExportClient.class)) {
      Class<?> async = SERVICES.get(accessor.getReturnType());
      if (async == null) {
        continue;
      }
      Method twin = Arrays.stream(KiboImportExportAsyncClient.class.getMethods())
          .filter(m -> m.getName().equals(accessor.getName())).findFirst().orElseThrow();
      assertEquals(async, twin.getReturnType(), accessor.getName());
    }
    assertEquals(SERVICES.size(), operations(KiboImportExportAsyncClient.class).size());
  }

  private static List<Method> operations(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !m.isSynthetic() && !Modifier.isStatic(m.getModifiers()) && m.getDeclaringClass() != Object.class)
        .filter(m -> !m.getName().equals("close"))
        .collect(Collectors.toList());
  }

  private static String expectedAsyncReturn(Type blocking) {
    if (blocking instanceof ParameterizedType && ((ParameterizedType) blocking).getRawType() == PagedIterable.class) {
      return AsyncPagedIterable.class.getName() + "<"
          + ((ParameterizedType) blocking).getActualTypeArguments()[0].getTypeName() + ">";
    }
    String value = blocking instanceof Class<?> && ((Class<?>) blocking).isPrimitive()
        ? boxed((Class<?>) blocking).getName() : blocking.getTypeName();
    return CompletableFuture.class.getName() + "<" + value + ">";
  }

  private static Class<?> boxed(Class<?> primitive) {
    if (primitive == void.class) {
      return Void.class;
    }
    if (primitive == long.class) {
      return Long.class;
    }
    if (primitive == int.class) {
      return Integer.class;
    }
    if (primitive == boolean.class) {
      return Boolean.class;
    }
    throw new AssertionError("no boxing for " + primitive);
  }

  private static String signature(Method m) {
    return m.getName() + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(", ", "(", ")"));
  }
}
