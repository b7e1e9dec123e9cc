package io.commerceclients.kiliba.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.internal.http.SecureUrls;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.JobFailedException;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.UploadResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * The physical-store upload operations, written once for the blocking and the asynchronous service:
 * the checks ({@code ValidationException} before anything is sent), the calls, the storage PUT, the
 * poller of an upload's parsing, and the result of the one-call upload.
 */
final class UploadCalls {

  private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2}$");
  private static final String CREATE = "POST /client/v1/physical-stores/uploads";

  private final KilibaApi api;

  UploadCalls(KilibaApi api) {
    this.api = api;
  }

  /**
   * A one-call upload, checked: the session request and the content type of the storage PUT.
   *
   * @param upload what the caller asked for
   * @param request the session to create
   * @param contentType the MIME type sent in the session and on the PUT
   */
  record Plan(FileUpload upload, CreateUploadRequest request, String contentType) {

    TransferListener transferListener() {
      return upload.onUploadProgress().orElse(TransferListener.NONE);
    }

    PollingOptions polling() {
      return upload.polling().orElse(PollingOptions.defaults());
    }

    Consumer<UploadStatus> onProgress() {
      return upload.onProgress().orElse(status -> { });
    }
  }

  /**
   * Checks a one-call upload and plans its session.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the file is not a readable
   *     regular file or an option is invalid
   */
  Plan plan(FileUpload upload) {
    Check.required(upload, "upload");
    Path file = upload.file();
    Check.that(Files.isRegularFile(file) && Files.isReadable(file), "file", "must be a readable regular file: " + file);
    String contentType = upload.contentType().orElseGet(() -> defaultContentType(file));
    CreateUploadRequest request = CreateUploadRequest.builder()
        .filename(upload.filename().orElse(file.getFileName().toString()))
        .contentType(contentType)
        .size(size(file))
        .datasetType(upload.datasetType())
        .adapterKey(upload.adapterKey())
        .adapterVersion(upload.adapterVersion())
        .sourceConfig(upload.sourceConfig())
        .build();
    validate(request);
    return new Plan(upload, request, contentType);
  }

  Call<UploadSession> create(CreateUploadRequest request) {
    validate(request);
    return api.createUpload(request);
  }

  Call<UploadStatus> complete(String uploadId) {
    return api.completeUpload(Check.pathSegment(uploadId, "uploadId"));
  }

  Call<UploadStatus> get(String uploadId) {
    return api.getUpload(Check.pathSegment(uploadId, "uploadId"));
  }

  /**
   * Builds the PUT of {@code file} to the session's pre-signed URL; it is sent on the transport's
   * storage client, which never adds a credential. The URL must be https (plain http only to a
   * loopback host): its signature grants the write, and the file must not travel in clear text.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the session has no https
   *     URL, the file is not readable or the content type is not a MIME type
   */
  Request storagePut(UploadSession session, Path file, String contentType, TransferListener listener) {
    return storagePut(session, file, -1, contentType, listener);
  }

  /**
   * Builds the PUT of {@code file} announcing {@code size} bytes, the size the session declared (-1:
   * the file's size when sent); a file whose size differs fails the PUT, saying it changed.
   */
  private Request storagePut(UploadSession session, Path file, long size, String contentType,
      TransferListener listener) {
    Check.required(session, "session");
    String url = Check.notBlank(session.presignedUrl().orElse(null), "session.presignedUrl");
    HttpUrl target = HttpUrl.parse(url);
    Check.that(target != null, "session.presignedUrl", "must be an absolute http(s) URL");
    SecureUrls.requireSecure(target, "session.presignedUrl");
    MediaType type = MediaType.parse(Check.notBlank(contentType, "contentType"));
    Check.that(type != null, "contentType", "must be a MIME type, got '" + contentType + "'");
    return new Request.Builder()
        .url(target)
        .put(StreamingBodies.fromPath(file, size, type, listener))
        .build();
  }

  /**
   * Builds the PUT of a one-call upload to the session Kiliba created.
   *
   * @throws ProtocolException if Kiliba's session has no usable pre-signed URL (none, not a URL, or
   *     plain http to a host other than loopback) or no usable upload id (the upload could never be
   *     completed): checked before a byte of the file is read
   */
  Request storagePut(Plan plan, UploadSession session) {
    String id = session.uploadId();
    if (!Check.isPathSegment(id)) {
      throw new ProtocolException(CREATE + ": the session's 'uploadId' is "
          + (id == null || id.isBlank() ? "missing" : "'" + id + "', not an id") + "; the file is not sent");
    }
    String url = session.presignedUrl().orElse(null);
    HttpUrl target = url == null ? null : HttpUrl.parse(url);
    if (target == null) {
      throw new ProtocolException(CREATE + ": the session's 'presignedUrl' is "
          + (url == null ? "missing" : "not an absolute http(s) URL") + "; the file cannot be sent");
    }
    if (!SecureUrls.isSecure(target)) {
      throw new ProtocolException(CREATE + ": the session's 'presignedUrl' is plain http to " + target.host()
          + ", not https; the file is not sent in clear text");
    }
    return storagePut(session, plan.upload().file(), plan.request().size().orElse(-1L), plan.contentType(),
        plan.transferListener());
  }

  /**
   * Returns a poller of an upload's parsing, without its fetch; the blocking service adds a
   * blocking fetch, the asynchronous one an asynchronous fetch.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the id is blank or the
   *     polling options are missing
   */
  JobPoller.Builder<UploadStatus> poller(String uploadId, PollingOptions polling, Consumer<UploadStatus> onProgress,
      ClientOptions options) {
    Check.pathSegment(uploadId, "uploadId");
    return JobPoller.<UploadStatus>builder()
        .classifier(UploadStages::classify)
        .describer(UploadStages::describe)
        .options(Check.required(polling, "polling"))
        .listener((status, state, attempt, elapsed) -> onProgress.accept(status))
        .clock(options.clock())
        .sleeper(options.sleeper())
        .observer(options.observer(), "kiliba", "kiliba.upload.wait");
  }

  /** The result of an upload that did not wait for parsing: finished only if the completion's status is final. */
  static UploadResult completed(UploadSession session, UploadStatus completed) {
    return UploadResult.builder().session(session).status(completed)
        .finished(UploadStages.classify(completed) != JobState.IN_PROGRESS).build();
  }

  /**
   * The result of an upload whose completion's answer already says the parsing is over, so that no
   * status is read; null when the parsing is still in progress and must be polled.
   *
   * @throws JobFailedException if the completion's answer says the parsing failed, as the poller
   *     throws for a failed status
   */
  static @Nullable UploadResult finishedOnCompletion(UploadSession session, UploadStatus completed) {
    JobState state = UploadStages.classify(completed);
    if (state == JobState.FAILED) {
      throw new JobFailedException(UploadStages.describe(completed) + " failed", completed);
    }
    return state == JobState.SUCCEEDED ? processed(session, completed) : null;
  }

  /** The result of an upload whose parsing finished. */
  static UploadResult processed(UploadSession session, UploadStatus done) {
    return UploadResult.builder().session(session).status(done).finished(true).build();
  }

  private static void validate(CreateUploadRequest request) {
    Check.required(request, "request");
    Check.notBlank(request.filename(), "filename");
    request.contentType().ifPresent(t -> Check.that(MediaType.parse(t) != null, "contentType", "must be a MIME type, got '" + t + "'"));
    request.size().ifPresent(s -> Check.inRange(s, 0, Long.MAX_VALUE, "size"));
    request.provider().ifPresent(p -> Check.that(CreateUploadRequest.PROVIDER_RETAIL.equals(p), "provider",
        "must be \"" + CreateUploadRequest.PROVIDER_RETAIL + "\", the only value Kiliba documents, got '" + p + "'"));
    request.sourceConfig().flatMap(c -> c.langIsoCode()).ifPresent(l ->
        Check.that(LANGUAGE.matcher(l).matches(), "sourceConfig.langIsoCode", "must be a 2-letter ISO 639-1 code, got '" + l + "'"));
  }

  private static String defaultContentType(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")
        ? "text/csv"
        : CreateUploadRequest.DEFAULT_CONTENT_TYPE;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
