package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import io.commerceclients.kiliba.stores.FileUpload;
import io.commerceclients.kiliba.stores.PhysicalStoresService;
import io.commerceclients.kiliba.stores.UploadResult;
import java.nio.file.Path;

final class DefaultPhysicalStoresService implements PhysicalStoresService {

  private final ApiTransport transport;
  private final UploadCalls calls;

  DefaultPhysicalStoresService(ApiTransport transport, UploadCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  @Override
  public UploadResult upload(FileUpload upload) {
    UploadCalls.Plan plan = calls.plan(upload);
    UploadSession session = transport.execute(calls.create(plan.request()));
    transport.executeRaw(transport.storageClient(), calls.storagePut(plan, session)).close();
    UploadStatus completed = transport.execute(calls.complete(session.uploadId()));
    if (!upload.waitForProcessing()) {
      return UploadCalls.completed(session, completed);
    }
    UploadResult finished = UploadCalls.finishedOnCompletion(session, completed);
    if (finished != null) {
      return finished;
    }
    String uploadId = session.uploadId();
    UploadStatus done = calls.poller(uploadId, plan.polling(), plan.onProgress(), transport.options())
        .fetch(() -> transport.execute(calls.get(uploadId)))
        .build()
        .waitForCompletion();
    return UploadCalls.processed(session, done);
  }

  @Override
  public UploadSession createUpload(CreateUploadRequest request) {
    return transport.execute(calls.create(request));
  }

  @Override
  public void uploadFile(UploadSession session, Path file, String contentType) {
    transport.executeRaw(transport.storageClient(), calls.storagePut(session, file, contentType, TransferListener.NONE))
        .close();
  }

  @Override
  public UploadStatus completeUpload(String uploadId) {
    return transport.execute(calls.complete(uploadId));
  }

  @Override
  public UploadStatus getUpload(String uploadId) {
    return transport.execute(calls.get(uploadId));
  }

  @Override
  public UploadStatus waitForProcessing(String uploadId, PollingOptions polling) {
    return calls.poller(uploadId, polling, status -> { }, transport.options())
        .fetch(() -> transport.execute(calls.get(uploadId)))
        .build()
        .waitForCompletion();
  }
}
