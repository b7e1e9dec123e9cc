package io.commerceclients.kibo.importexport.files;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link FilesService}: the same operations, returning futures that fail
 * with the exceptions the blocking methods throw (a {@link
 * io.commerceclients.core.validation.ValidationException} included: these methods never throw).
 * Transfers stream on the thread OkHttp runs the call on, so a {@link TransferListener} and the
 * caller's {@code InputStream} or {@code OutputStream} are called there: keep them quick.
 * Cancelling a future cancels the transfer in flight; a download to a path then leaves no file
 * (the partial file is removed), while an upload may already have reached Kibo.
 */
public interface FilesServiceAsync {

  /** Uploads {@code file} under its own file name, as {@link FilesService#upload(Path)}. */
  CompletableFuture<DropLocation> upload(Path file);

  /** Uploads {@code file} under {@code fileName}, as {@link FilesService#upload(Path, String)}. */
  CompletableFuture<DropLocation> upload(Path file, String fileName);

  /** Uploads {@code file} under {@code fileName}, telling {@code listener} how many bytes were sent. */
  CompletableFuture<DropLocation> upload(Path file, String fileName, TransferListener listener);

  /**
   * Uploads the content of {@code content} under {@code fileName}, streamed once with chunked
   * encoding (never retried), as {@link FilesService#upload(InputStream, String)}.
   */
  CompletableFuture<DropLocation> upload(InputStream content, String fileName);

  /** Uploads as {@code upload} says, as {@link FilesService#upload(FileUpload)}. */
  CompletableFuture<DropLocation> upload(FileUpload upload);

  /** Reads a file's metadata. */
  CompletableFuture<DropLocation> get(String fileId);

  /** Reads a file's metadata trimmed to Kibo's {@code responseFields} (null or blank: every field). */
  CompletableFuture<DropLocation> get(String fileId, String responseFields);

  /** Streams a file's content into {@code target} (replaced when complete); completes with the byte count. */
  CompletableFuture<Long> download(String fileId, Path target);

  /** Streams a file's content into {@code out}, which is left open; completes with the byte count. */
  CompletableFuture<Long> download(String fileId, OutputStream out);

  /** Generates a public link valid for {@value FilesService#DEFAULT_LINK_HOURS} hours. */
  CompletableFuture<URI> publicLink(String fileId);

  /** Generates a pre-signed public link valid for {@code hours} hours (at least 1). */
  CompletableFuture<URI> publicLink(String fileId, int hours);

  /** Streams the content behind a public link into {@code target}, with no Kibo credential. */
  CompletableFuture<Long> downloadPublicLink(URI link, Path target);

  /** Streams the content behind a public link into {@code out}, which is left open. */
  CompletableFuture<Long> downloadPublicLink(URI link, OutputStream out);

  /** Streams the content behind a public link into {@code target}, telling {@code listener} the bytes that arrived. */
  CompletableFuture<Long> downloadPublicLink(URI link, Path target, TransferListener listener);
}
