package io.commerceclients.kiliba.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportFuture;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A null source (a {@code Stream} or an {@code Iterable}) is bad input like any other: the blocking
 * import throws the {@link ValidationException} naming the list, never a {@code NullPointerException},
 * and the asynchronous twin fails its future (and its report) with the same exception; nothing is sent.
 */
class AsyncNullInputTest {

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  @Test
  void aNullSourceIsAValidationExceptionInBothTwins(KilibaClient client) throws Exception {
    check(() -> client.imports().products().send((Stream<Product>) null),
        () -> client.async().imports().products().send((Stream<Product>) null));
    check(() -> client.imports().products().send((Stream<Product>) null, ImportOptions.defaults()),
        () -> client.async().imports().products().send((Stream<Product>) null, ImportOptions.defaults()));
    check(() -> client.imports().products().send((Iterable<Product>) null),
        () -> client.async().imports().products().send((Iterable<Product>) null));
    assertTrue(kiliba.requests().isEmpty(), () -> "sent: " + kiliba.requests());
  }

  private static void check(Runnable blocking, Supplier<ImportFuture<Product>> async) throws Exception {
    ValidationException thrown = assertThrows(ValidationException.class, blocking::run);
    ImportFuture<Product> future = async.get();
    Function<ExecutionException, Throwable> cause = Throwable::getCause;
    ValidationException failed = assertInstanceOf(ValidationException.class,
        cause.apply(assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS))));
    assertInstanceOf(ValidationException.class,
        cause.apply(assertThrows(ExecutionException.class, () -> future.report().get(10, TimeUnit.SECONDS))));
    assertEquals("products", thrown.field());
    assertEquals(thrown.getMessage(), failed.getMessage());
  }
}
