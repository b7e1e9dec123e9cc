package io.commerceclients.kiliba.stores;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Physical-store uploads without blocking a thread: the twin of {@link PhysicalStoresService}, with
 * the same validation, requests and exceptions. No method throws: an invalid argument gives a
 * future failed with the {@code ValidationException} the blocking service throws, and nothing is
 * sent. Cancelling a returned future cancels its request, its storage transfer or its poll, and no
 * later step starts; what Kiliba already received stays (an upload session, a stored file).
 */
public interface PhysicalStoresServiceAsync {

  /**
   * Uploads a file: creates the session, streams the file to the pre-signed URL (without Kiliba
   * credentials), completes the upload and, unless told not to, polls until parsing finishes, each
   * step started when the previous one ended, no thread waiting in between. The future fails with a
   * {@code ValidationException} if the file is not readable or an option is invalid (nothing is
   * sent), a {@code JobFailedException} if parsing fails, a {@code PollTimeoutException} if it does
   * not finish in time, or an {@code ApiException} if a request fails.
   */
  CompletableFuture<UploadResult> upload(FileUpload upload);

  /**
   * Creates an upload session. The future fails with a {@code ValidationException} if the request
   * is invalid, or an {@code ApiException} if the request fails.
   */
  CompletableFuture<UploadSession> createUpload(CreateUploadRequest request);

  /**
   * Streams a file to the session's pre-signed URL with a PUT that carries no Kiliba credentials.
   * The future fails with a {@code ValidationException} if the session has no URL or the file is
   * not readable, or an {@code ApiException} if the storage refuses the file.
   */
  CompletableFuture<Void> uploadFile(UploadSession session, Path file, String contentType);

  /**
   * Marks the file as uploaded. The future fails with a {@code ValidationException} for a blank id,
   * or an {@code ApiException} if the request fails.
   */
  CompletableFuture<UploadStatus> completeUpload(String uploadId);

  /**
   * Reads an upload's status once. The future fails with a {@code ValidationException} for a blank
   * id, or an {@code ApiException} if the request fails.
   */
  CompletableFuture<UploadStatus> getUpload(String uploadId);

  /**
   * Polls an upload's status until parsing finishes, each poll scheduled (no thread sleeps), and
   * completes with the final status. The future fails with a {@code JobFailedException} if parsing
   * failed, a {@code PollTimeoutException} if it did not finish in time, or an {@code ApiException}
   * if a request fails; cancelling it stops the polling.
   */
  CompletableFuture<UploadStatus> waitForProcessing(String uploadId, PollingOptions polling);
}
