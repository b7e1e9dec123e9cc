package io.commerceclients.kibo.importexport.calls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.testing.kibo.FakeKibo;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The asynchronous forms refuse bad input as the blocking ones do: a failed future naming the field, nothing sent. */
class AsyncBadInputTest {

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  @BeforeEach
  void clear() {
    kibo.clearRequests();
  }

  @Test
  void oneCallOperationsAndLinksFailTheirFutureNamingTheField(KiboImportExportClient client) {
    KiboImportExportAsyncClient async = client.async();
    assertFails("resources", () -> async.exports().run(ExportRequest.builder().domain(Domain.CATALOG)
        .target(dir.resolve("e.zip")).build()));
    assertFails("source", () -> async.imports().run(ImportRequest.builder().domain(Domain.CATALOG).build()));
    assertFails("hours", () -> async.files().publicLink("f1", 0));
    assertFails("fileId", () -> async.files().download("..", dir.resolve("x")));
    assertTrue(kibo.requests().isEmpty(), () -> "sent: " + kibo.requests());
  }

  private static void assertFails(String field, Supplier<CompletableFuture<?>> call) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> call.get().get());
    ValidationException invalid = assertInstanceOf(ValidationException.class, e.getCause());
    assertEquals(field, invalid.field(), invalid.getMessage());
  }
}
