package io.commerceclients.kibo.importexport.files;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Kibo's Files API: upload the ZIP an import reads, download what jobs write, and hand out
 * pre-signed public links. Content is always streamed, never held in memory. A download longer
 * than the client's {@code maxDownloadSize} (default 10 GiB) ends with a {@link
 * io.commerceclients.core.error.ProtocolException}, leaving no partial file.
 */
public interface FilesService {

  /** The validity of a public link when none is given, in hours (Kibo's default). */
  int DEFAULT_LINK_HOURS = 24;

  /**
   * Uploads {@code file} for an import under its own file name; the upload can be retried
   * because the file can be read again. The returned location always has an id.
   *
   * @throws IllegalArgumentException if the file does not exist
   * @throws io.commerceclients.core.error.ProtocolException if Kibo's answer lacks the file id
   * @throws io.commerceclients.core.error.ApiException if the upload fails
   */
  DropLocation upload(Path file);

  /** Uploads {@code file} under {@code fileName}, as {@link #upload(Path)} does. */
  DropLocation upload(Path file, String fileName);

  /** Uploads {@code file} under {@code fileName}, telling {@code listener} how many bytes were sent. */
  DropLocation upload(Path file, String fileName, TransferListener listener);

  /**
   * Uploads the content of {@code content} under {@code fileName}, streamed with chunked encoding.
   * The stream can be read only once, so this upload is never retried; it is closed once sent.
   */
  DropLocation upload(InputStream content, String fileName);

  /**
   * Uploads as {@code upload} says (file or stream, name, listener, {@code responseFields}). The
   * returned location always has an id.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the upload gives no source,
   *     both sources, or a stream without a file name
   * @throws io.commerceclients.core.error.ProtocolException if Kibo's answer lacks the file id
   */
  DropLocation upload(FileUpload upload);

  /** Reads a file's metadata. */
  DropLocation get(String fileId);

  /**
   * Reads a file's metadata trimmed to Kibo's {@code responseFields} (for example {@code
   * fileName,fileType}); a null or blank list returns every field.
   */
  DropLocation get(String fileId, @Nullable String responseFields);

  /**
   * Streams a file's content into {@code target} (replaced if it exists).
   *
   * @return the number of bytes written
   */
  long download(String fileId, Path target);

  /**
   * Streams a file's content into {@code out}, which is left open.
   *
   * @return the number of bytes written
   */
  long download(String fileId, OutputStream out);

  /** Generates a public link valid for {@value #DEFAULT_LINK_HOURS} hours. */
  URI publicLink(String fileId);

  /**
   * Generates a pre-signed public link to a file, valid for {@code hours} hours (at least 1).
   *
   * @throws IllegalArgumentException if {@code hours} is below 1
   */
  URI publicLink(String fileId, int hours);

  /**
   * Streams the content behind a public link into {@code target}; the request carries no Kibo
   * credential.
   *
   * @return the number of bytes written
   */
  long downloadPublicLink(URI link, Path target);

  /** Streams the content behind a public link into {@code out}, which is left open. */
  long downloadPublicLink(URI link, OutputStream out);

  /**
   * Streams the content behind a public link into {@code target}, telling {@code listener} how many
   * bytes arrived.
   */
  long downloadPublicLink(URI link, Path target, TransferListener listener);
}
