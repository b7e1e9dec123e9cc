package io.commerceclients.kibo.importexport.files;

import io.commerceclients.core.io.TransferListener;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One upload to Kibo's Files API with every option: the source (a file, which can be re-sent on a
 * retry, or a stream, which cannot), the name Kibo stores, a progress listener and {@code
 * responseFields}.
 *
 * <pre>{@code
 * DropLocation uploaded = kibo.files().upload(FileUpload.builder()
 *     .file(Path.of("catalog.zip"))
 *     .responseFields("id,fileName")
 *     .build());
 * }</pre>
 */
@Value.Immutable
public interface FileUpload {

  /** Returns a builder; give exactly one of {@code file} and {@code content}. */
  static ImmutableFileUpload.Builder builder() {
    return ImmutableFileUpload.builder();
  }

  /** The file to upload; it is streamed, and read again if the upload is retried. */
  Optional<Path> file();

  /** A stream to upload instead of a file, sent once with chunked encoding and closed. */
  Optional<InputStream> content();

  /** The name Kibo stores the file under; defaults to the file's own name (required for a stream). */
  Optional<String> fileName();

  /** Told how many bytes were sent, as they go (file uploads only). */
  Optional<TransferListener> onProgress();

  /**
   * Kibo's {@code responseFields} for the answer (the file's drop location), for example {@code
   * id,fileName}. The answer must keep {@code id}: an upload answer without it fails with {@link
   * io.commerceclients.core.error.ProtocolException}.
   */
  Optional<String> responseFields();
}
