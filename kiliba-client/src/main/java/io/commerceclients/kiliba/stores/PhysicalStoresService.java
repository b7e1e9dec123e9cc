package io.commerceclients.kiliba.stores;

import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.nio.file.Path;

/**
 * Physical-store uploads: a raw file goes to a pre-signed storage URL, then Kiliba parses it
 * asynchronously and publishes its rows into the import flow.
 */
public interface PhysicalStoresService {

  /**
   * Uploads a file in one call: creates the session, streams the file to the pre-signed URL
   * (without Kiliba credentials), completes the upload and, unless told not to, waits until
   * parsing finishes.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the file is not readable or
   *     an option is invalid (nothing is sent)
   * @throws io.commerceclients.core.error.ProtocolException if the session Kiliba answers has no
   *     https pre-signed URL (plain http is accepted only to a loopback host); the file is not sent
   * @throws io.commerceclients.core.polling.JobFailedException if Kiliba reports that parsing failed
   * @throws io.commerceclients.core.polling.PollTimeoutException if parsing did not finish in time
   * @throws io.commerceclients.core.error.ApiException if a request fails
   */
  UploadResult upload(FileUpload upload);

  /**
   * Creates an upload session and returns its pre-signed URL.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the request is invalid
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  UploadSession createUpload(CreateUploadRequest request);

  /**
   * Streams a file to the session's pre-signed URL with a PUT that carries no Kiliba credentials.
   *
   * @param contentType the MIME type given when the session was created
   * @throws io.commerceclients.core.validation.ValidationException if the session has no https URL
   *     (plain http only to a loopback host) or the file is not readable; nothing is sent
   * @throws io.commerceclients.core.error.ApiException if the storage refuses the file
   */
  void uploadFile(UploadSession session, Path file, String contentType);

  /**
   * Marks the file as uploaded; Kiliba checks its size and queues its parsing.
   *
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  UploadStatus completeUpload(String uploadId);

  /**
   * Reads an upload's status once.
   *
   * @throws io.commerceclients.core.error.ApiException if the request fails
   */
  UploadStatus getUpload(String uploadId);

  /**
   * Polls an upload's status until parsing finishes and returns the final status.
   *
   * @throws io.commerceclients.core.polling.JobFailedException if parsing failed
   * @throws io.commerceclients.core.polling.PollTimeoutException if it did not finish in time
   * @throws io.commerceclients.core.error.ApiException if a request fails
   */
  UploadStatus waitForProcessing(String uploadId, PollingOptions polling);
}
