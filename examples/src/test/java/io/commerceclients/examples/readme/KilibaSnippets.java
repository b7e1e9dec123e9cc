package io.commerceclients.examples.readme;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.RateLimitException;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaAsyncClient;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.BulkImportAbortedException;
import io.commerceclients.kiliba.imports.ImportFuture;
import io.commerceclients.kiliba.imports.ImportOptions;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** The README's Kiliba samples, kept compiling; {@link ReadmeSamplesTest} checks the README against them. */
@SuppressWarnings("unused")
final class KilibaSnippets {

  private KilibaSnippets() {}

  static void kilibaQuickstart(Stream<Product> products) {
    try (KilibaClient kiliba = KilibaClient.builder().fromEnv().build()) {   // KILIBA_API_KEY, KILIBA_BASE_URL

      // Every subscribed customer updated since a date: fetched lazily, 1000 per request
      for (Customer c : kiliba.customers().listAll(ListCustomersRequest.builder()
          .dateUpdate(OffsetDateTime.parse("2025-01-01T00:00:00Z"))
          .addStatuses(CustomerStatus.SUBSCRIBED)
          .build())) {
        System.out.println(c.idCustomer() + " " + c.email().orElse(""));
      }
      kiliba.customers().blacklist(List.of("jane@example.com"));

      // Bulk import from any Iterable or Stream, cut into requests of <= 1000 items and <= 6,000,000 bytes
      ImportReport<Product> report = kiliba.imports().products().send(products);
      report.failedBatches().forEach(batch -> retryLater(batch.items(), batch.error()));

      // Physical-store file: session, streamed PUT to the pre-signed URL (no API key), completion, parsing
      UploadResult upload = kiliba.physicalStores().upload(FileUpload.builder()
          .file(Path.of("store-customers.tsv"))
          .onUploadProgress((sent, total) -> System.out.println(sent + " of " + total + " bytes sent"))
          .build());
      System.out.println(upload.rowsAccepted().orElse(0L) + " of " + upload.rowsTotal().orElse(0L) + " rows accepted");

      kiliba.transactionalEmails().send(TransactionalEmail.builder()
          .transactionalEmailId("order-shipped").email("jane@example.com").language("fr")
          .putVariable("order", "A-1042").build());
    }
  }

  static void kilibaErrors(KilibaClient kiliba, List<Product> products) {
    try {
      ImportReport<Product> report = kiliba.imports().products().send(products);
      if (!report.isSuccessful()) {                  // nothing is lost: every item is in a batch or in unsentItems()
        report.failedBatches().forEach(b -> retryLater(b.items(), b.error()));
      }
    } catch (BulkImportAbortedException e) {        // an Error (OutOfMemoryError...) stopped the sending
      ImportReport<Product> partial = e.report();    // still accounts for every item read
      partial.failedBatches().forEach(b -> retryLater(b.items(), b.error()));
      retryLater(partial.unsentItems(), e);
    } catch (ValidationException e) {                // a List is checked whole before the first request
      System.out.println(e.getMessage());            // products[1200].quantity: must be between 0 and 9007199254740991 (was -1)
    } catch (RateLimitException e) {                 // 429 once the retries are used up
      System.out.println("retry in " + e.retryAfter().orElse(null));
    } catch (AuthenticationException e) {            // 401: wrong KILIBA_API_KEY
      System.out.println(e.getMessage());            // POST https://api.kiliba.ai/client/v1/import/products -> 401 ...
    }
  }

  static void kilibaOptionsRawAsync(KilibaClient kiliba, List<Product> products, String traceId) {
    // A view with per-call options: same connections, nothing to close, the client itself unchanged
    KilibaClient traced = kiliba.withOptions(o -> o.timeout(Duration.ofSeconds(10)).maxRetries(0)
        .header("X-Trace-Id", traceId));                    // extra headers go to Kiliba only, never to storage
    traced.customers().blacklist(List.of("jane@example.com"));

    // The HTTP a call took; the request id of a successful call is what Kiliba's support asks for
    RawResponse<CustomerPage> raw = kiliba.withRawResponse(c -> c.customers().list(ListCustomersRequest.builder().build()));
    System.out.println(raw.statusCode() + " " + raw.requestId().orElse("-") + " " + raw.body().total().orElse(0L));

    // Asynchronous: no thread waits on the network, a retry or a poll; cancel(true) cancels the request in flight
    KilibaAsyncClient async = kiliba.async();                // or traced.async(), with the view's options
    CompletableFuture<Void> listed = async.customers().listAll(ListCustomersRequest.builder().build())
        .forEach(c -> System.out.println(c.email().orElse("")));
    CompletableFuture<UploadResult> uploaded = async.physicalStores().upload(FileUpload.of(Path.of("store.tsv")));

    // Bulk import: cancel(true) stops reading and sending; report() accounts for every item read all the same
    ImportFuture<Product> importing = async.imports().products().send(products,
        ImportOptions.builder().concurrency(4).build());
    importing.report().thenAccept(report -> {                 // done, cancelled or aborted
      report.failedBatches().forEach(b -> retryLater(b.items(), b.error()));
      retryLater(report.unsentItems(), report.stoppedBy().orElse(null));
    });
  }

  private static <T> void retryLater(List<T> items, RuntimeException error) {
    // stands in for the caller's own retry queue
  }
}
