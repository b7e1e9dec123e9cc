package io.commerceclients.kibo.importexport.exports;

import io.commerceclients.core.polling.PollCancellation;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.csv.UnzipLimits;
import io.commerceclients.kibo.importexport.model.ContextOverride;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What {@code client.exports().run(request)} exports and where it saves the result.
 *
 * <pre>{@code
 * ExportRequest.builder()
 *     .domain(Domain.CATALOG)
 *     .addResource(ExportResourceRequest.builder()
 *         .resource(KiboResource.PRODUCTS).addField("UPC").build())
 *     .target(Path.of("export.zip"))
 *     .unzipTo(Path.of("export-csv"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface ExportRequest {

  /** Returns a builder; domain, at least one resource and the target are required. */
  static ImmutableExportRequest.Builder builder() {
    return ImmutableExportRequest.builder();
  }

  /** The data domain. */
  Domain domain();

  /** The resources to export, with any optional fields to include. */
  List<ExportResourceRequest> resources();

  /** Where to save the exported ZIP (replaced if it exists). */
  Path target();

  /** A directory to extract the ZIP's CSV files into, if wanted. */
  Optional<Path> unzipTo();

  /** The caps on that extraction; {@link UnzipLimits#defaults()} (4 GiB, 1,000 entries, ratio 200) by default. */
  Optional<UnzipLimits> unzipLimits();

  /** The job name; defaults to {@code "<domain> export"}. */
  Optional<String> name();

  /** The CSV format, for example {@code Legacy}; absent lets Kibo choose. */
  Optional<String> format();

  /** The catalog, site, locale or currency to export from. */
  Optional<ContextOverride> contextOverride();

  /** Told how many bytes of the ZIP were downloaded, as they go. */
  Optional<TransferListener> onDownloadProgress();

  /** Called with the job after every poll. */
  Optional<Consumer<ExportJob>> onProgress();

  /** The polling intervals and time limit; the client's by default. */
  Optional<PollingOptions> polling();

  /**
   * A token to stop waiting from another thread (the job goes on on the server); if it is cancelled
   * before the job is created, no job is created and the export ends with {@link
   * io.commerceclients.core.polling.PollCancelledException}.
   */
  Optional<PollCancellation> cancellation();
}
