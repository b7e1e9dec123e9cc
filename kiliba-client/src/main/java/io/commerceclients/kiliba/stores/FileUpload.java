package io.commerceclients.kiliba.stores;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.model.stores.SourceConfig;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/** A physical-store file to upload, with the options of its upload session. */
@Value.Immutable
public interface FileUpload {

  /** Returns a builder; only {@link #file()} is required. */
  static ImmutableFileUpload.Builder builder() {
    return ImmutableFileUpload.builder();
  }

  /** Returns an upload of {@code file} with the default options. */
  static FileUpload of(Path file) {
    return builder().file(file).build();
  }

  /** The file to send; it is streamed, never loaded into memory. */
  Path file();

  /** The name Kiliba records; defaults to the file's name. */
  Optional<String> filename();

  /**
   * The file's MIME type, sent both in the session and on the storage PUT; defaults to {@code
   * text/csv} for a {@code .csv} file and {@code text/tab-separated-values} otherwise.
   */
  Optional<String> contentType();

  /** A hint of the file's dataset; Kiliba can also detect it. */
  Optional<String> datasetType();

  /** A hint of the parser to use. */
  Optional<String> adapterKey();

  /** A hint of the parser version, for example {@code v1}. */
  Optional<String> adapterVersion();

  /** Defaults Kiliba applies to the file's customers. */
  Optional<SourceConfig> sourceConfig();

  /** Whether to wait until Kiliba has parsed the file; defaults to true. */
  @Value.Default
  default boolean waitForProcessing() {
    return true;
  }

  /** How to poll the upload's status while waiting; defaults to {@link PollingOptions#defaults()}. */
  Optional<PollingOptions> polling();

  /** Told how many bytes of the file were sent to storage, as they go. */
  Optional<TransferListener> onUploadProgress();

  /** Called with the upload's status after every poll while waiting for parsing. */
  Optional<Consumer<UploadStatus>> onProgress();
}
