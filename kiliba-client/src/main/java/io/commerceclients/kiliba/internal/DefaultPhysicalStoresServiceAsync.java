package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.PhysicalStoresServiceAsync;
import io.commerceclients.kiliba.stores.UploadResult;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import okhttp3.Request;

final class DefaultPhysicalStoresServiceAsync implements PhysicalStoresServiceAsync {

  private final ApiTransport transport;
  private final UploadCalls calls;

  DefaultPhysicalStoresServiceAsync(ApiTransport transport, UploadCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  @Override
  public CompletableFuture<UploadResult> upload(FileUpload upload) {
    return Async.supply(() -> new Upload(calls.plan(upload)).start());
  }

  @Override
  public CompletableFuture<UploadSession> createUpload(CreateUploadRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<Void> uploadFile(UploadSession session, Path file, String contentType) {
    return Async.supply(() -> put(calls.storagePut(session, file, contentType, TransferListener.NONE)));
  }

  @Override
  public CompletableFuture<UploadStatus> completeUpload(String uploadId) {
    return Async.supply(() -> transport.executeAsync(calls.complete(uploadId)));
  }

  @Override
  public CompletableFuture<UploadStatus> getUpload(String uploadId) {
    return Async.supply(() -> transport.executeAsync(calls.get(uploadId)));
  }

  @Override
  public CompletableFuture<UploadStatus> waitForProcessing(String uploadId, PollingOptions polling) {
    return Async.supply(() -> waitForProcessing(uploadId, polling, status -> { }));
  }

  /** One upload: session, storage PUT, completion, then the polling unless the caller does not wait. */
  private final class Upload {
    private final UploadCalls.Plan plan;
    private final AsyncWorkflow<UploadResult> steps = new AsyncWorkflow<>();

    Upload(UploadCalls.Plan plan) {
      this.plan = plan;
    }

    CompletableFuture<UploadResult> start() {
      steps.then(() -> transport.executeAsync(calls.create(plan.request())), this::created);
      return steps.future();
    }

    private void created(UploadSession session) {
      steps.then(() -> put(calls.storagePut(plan, session)), stored -> stored(session));
    }

    private void stored(UploadSession session) {
      steps.then(() -> transport.executeAsync(calls.complete(session.uploadId())), status -> completed(session, status));
    }

    private void completed(UploadSession session, UploadStatus status) {
      if (!plan.upload().waitForProcessing()) {
        steps.complete(UploadCalls.completed(session, status));
        return;
      }
      UploadResult finished = UploadCalls.finishedOnCompletion(session, status);
      if (finished != null) {
        steps.complete(finished);
        return;
      }
      steps.then(() -> waitForProcessing(session.uploadId(), plan.polling(), plan.onProgress()),
          done -> steps.complete(UploadCalls.processed(session, done)));
    }
  }

  private CompletableFuture<Void> put(Request put) {
    return transport.sendAsync(transport.storageClient(), put);
  }

  private CompletableFuture<UploadStatus> waitForProcessing(String uploadId, PollingOptions polling,
      Consumer<UploadStatus> onProgress) {
    return calls.poller(uploadId, polling, onProgress, transport.options())
        .fetchAsync(() -> transport.executeAsync(calls.get(uploadId)))
        .build()
        .waitForCompletionAsync();
  }
}
