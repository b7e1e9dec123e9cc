package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.JobPoller;
import io.commerceclients.core.polling.JobState;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.ImmutableCreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.PhysicalStoresService;
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

final class DefaultPhysicalStoresService implements PhysicalStoresService {

  private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2}$");

  private final ApiTransport transport;
  private final KilibaApi api;

  DefaultPhysicalStoresService(ApiTransport transport, KilibaApi api) {
    this.transport = transport;
    this.api = api;
  }

  @Override
  public UploadResult upload(FileUpload upload) {
    Check.required(upload, "upload");
    Path file = upload.file();
    Check.that(Files.isRegularFile(file) && Files.isReadable(file), "file", "must be a readable regular file: " + file);
    String contentType = upload.contentType().orElseGet(() -> defaultContentType(file));
    ImmutableCreateUploadRequest.Builder request = CreateUploadRequest.builder()
        .filename(upload.filename().orElse(file.getFileName().toString()))
        .contentType(contentType)
        .size(size(file))
        .datasetType(upload.datasetType())
        .adapterKey(upload.adapterKey())
        .adapterVersion(upload.adapterVersion())
        .sourceConfig(upload.sourceConfig());
    UploadSession session = createUpload(request.build());
    uploadFile(session, file, contentType, upload.onUploadProgress().orElse(TransferListener.NONE));
    UploadStatus completed = completeUpload(session.uploadId());
    if (!upload.waitForProcessing()) {
      return UploadResult.builder().session(session).status(completed)
          .finished(UploadStages.classify(completed) != JobState.IN_PROGRESS).build();
    }
    UploadStatus done = waitForProcessing(session.uploadId(), upload.polling().orElse(PollingOptions.defaults()),
        upload.onProgress().orElse(status -> { }));
    return UploadResult.builder().session(session).status(done).finished(true).build();
  }

  @Override
  public UploadSession createUpload(CreateUploadRequest request) {
    Check.required(request, "request");
    Check.notBlank(request.filename(), "filename");
    request.contentType().ifPresent(t -> Check.that(MediaType.parse(t) != null, "contentType", "must be a MIME type, got '" + t + "'"));
    request.size().ifPresent(s -> Check.inRange(s, 0, Long.MAX_VALUE, "size"));
    request.provider().ifPresent(p -> Check.notBlank(p, "provider"));
    request.sourceConfig().flatMap(c -> c.langIsoCode()).ifPresent(l ->
        Check.that(LANGUAGE.matcher(l).matches(), "sourceConfig.langIsoCode", "must be a 2-letter ISO 639-1 code, got '" + l + "'"));
    return transport.execute(api.createUpload(request));
  }

  @Override
  public void uploadFile(UploadSession session, Path file, String contentType) {
    uploadFile(session, file, contentType, TransferListener.NONE);
  }

  private void uploadFile(UploadSession session, Path file, String contentType, TransferListener listener) {
    Check.required(session, "session");
    String url = Check.notBlank(session.presignedUrl().orElse(null), "session.presignedUrl");
    HttpUrl target = HttpUrl.parse(url);
    Check.that(target != null, "session.presignedUrl", "must be an absolute http(s) URL");
    MediaType type = MediaType.parse(Check.notBlank(contentType, "contentType"));
    Check.that(type != null, "contentType", "must be a MIME type, got '" + contentType + "'");
    Request put = new Request.Builder()
        .url(target)
        .put(StreamingBodies.fromPath(file, type, listener))
        .build();
    transport.executeRaw(transport.storageClient(), put).close();
  }

  @Override
  public UploadStatus completeUpload(String uploadId) {
    return transport.execute(api.completeUpload(Check.notBlank(uploadId, "uploadId")));
  }

  @Override
  public UploadStatus getUpload(String uploadId) {
    return transport.execute(api.getUpload(Check.notBlank(uploadId, "uploadId")));
  }

  @Override
  public UploadStatus waitForProcessing(String uploadId, PollingOptions polling) {
    return waitForProcessing(uploadId, polling, status -> { });
  }

  private UploadStatus waitForProcessing(String uploadId, PollingOptions polling, Consumer<UploadStatus> onProgress) {
    Check.notBlank(uploadId, "uploadId");
    return JobPoller.<UploadStatus>builder()
        .fetch(() -> getUpload(uploadId))
        .classifier(UploadStages::classify)
        .describer(UploadStages::describe)
        .options(Check.required(polling, "polling"))
        .listener((status, state, attempt, elapsed) -> onProgress.accept(status))
        .clock(transport.options().clock())
        .sleeper(transport.options().sleeper())
        .build()
        .waitForCompletion();
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
