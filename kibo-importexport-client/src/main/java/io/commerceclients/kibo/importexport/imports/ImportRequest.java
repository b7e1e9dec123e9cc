package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.model.ContextOverride;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ImportJob;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What {@code client.imports().run(request)} imports: one source (a directory of CSV files,
 * a list of CSV files, or an existing ZIP), the domain, and the resources.
 *
 * <pre>{@code
 * ImportRequest.builder()
 *     .domain(Domain.CATALOG)
 *     .directory(Path.of("catalog-csv"))
 *     .deleteOmitted(false)
 *     .onProgress(job -> log.info("import {}: {}", job.id().orElse("?"), job.status().orElse("?")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ImportRequest {

  /**
   * The most records (data rows, all resources together) one customer import job carries: Kibo's
   * customer guide recommends importing "in batches of 100,000 records at a time".
   */
  int DEFAULT_MAX_CUSTOMER_RECORDS_PER_JOB = 100_000;

  /** Returns a builder; domain and exactly one source are required. */
  static ImmutableImportRequest.Builder builder() {
    return ImmutableImportRequest.builder();
  }

  /** The data domain. */
  Domain domain();

  /** A directory whose {@code .csv} files (not its sub-directories) are zipped and imported. */
  Optional<Path> directory();

  /** CSV files to zip and import, each named after its resource ({@code products.csv}). */
  List<Path> csvFiles();

  /** An existing ZIP of CSV files, uploaded as is. */
  Optional<Path> zipFile();

  /**
   * The resources to import. When empty, they are the known resources the CSV file names match.
   * Customer resources are always sent in Kibo's documented processing order.
   */
  List<ImportResourceRequest> resources();

  /** Sets {@code deleteOmitted} on every resource that does not set it itself. */
  Optional<Boolean> deleteOmitted();

  /**
   * The catalog, site, locale or currency to import into; required for {@code ProductImages}
   * (an import of it without one is refused before anything is uploaded).
   */
  Optional<ContextOverride> contextOverride();

  /**
   * The most records one customer import job carries; {@value #DEFAULT_MAX_CUSTOMER_RECORDS_PER_JOB}
   * by default, at least 1. A customer import with more records is split into several jobs run
   * one after the other, each keeping Kibo's processing order; catalog imports are never split.
   */
  @Value.Default
  default int maxCustomerRecordsPerJob() {
    return DEFAULT_MAX_CUSTOMER_RECORDS_PER_JOB;
  }

  /** The job name; defaults to {@code "<domain> import"}. */
  Optional<String> name();

  /** The CSV format, for example {@code Legacy}; absent lets Kibo choose. */
  Optional<String> format();

  /**
   * Where to save the job's log CSV; defaults to a temporary file. When the import runs several
   * jobs, job {@code i} saves its log next to it with {@code -i} before the extension
   * ({@code import-log-2.csv}).
   */
  Optional<Path> logTarget();

  /** Told how many bytes of the ZIP were uploaded, as they go. */
  Optional<TransferListener> onUploadProgress();

  /** Called with the job after every poll. */
  Optional<Consumer<ImportJob>> onProgress();

  /** The polling intervals and time limit; the client's by default. */
  Optional<PollingOptions> polling();

  /**
   * A token to stop from another thread: it stops the wait (the job goes on on the server), and once
   * cancelled no ZIP is uploaded and no job created (checked before each upload and each creation),
   * blocking or asynchronously. The import then ends with {@link
   * io.commerceclients.core.polling.PollCancelledException}, or, for a split import, with {@link
   * io.commerceclients.kibo.importexport.KiboImportStoppedException} caused by it.
   */
  Optional<PollCancellation> cancellation();
}
