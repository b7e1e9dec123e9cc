package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.files.FileUpload;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.files.FilesServiceAsync;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/** The Files API, asynchronous: each method runs its {@link FileOps} operation without blocking. */
final class DefaultFilesServiceAsync implements FilesServiceAsync {
  private final KiboCalls calls;
  private final FileOps ops;

  DefaultFilesServiceAsync(KiboCalls calls) {
    this.calls = calls;
    this.ops = new FileOps(calls.context());
  }

  @Override
  public CompletableFuture<DropLocation> upload(Path file) {
    return Async.supply(() -> calls.runAsync(ops.upload(FileOps.upload(file))));
  }

  @Override
  public CompletableFuture<DropLocation> upload(Path file, String fileName) {
    return upload(file, fileName, TransferListener.NONE);
  }

  @Override
  public CompletableFuture<DropLocation> upload(Path file, String fileName, TransferListener listener) {
    return Async.supply(() -> calls.runAsync(ops.upload(FileOps.upload(file, fileName, listener))));
  }

  @Override
  public CompletableFuture<DropLocation> upload(InputStream content, String fileName) {
    return Async.supply(() -> calls.runAsync(ops.upload(FileOps.upload(content, fileName))));
  }

  @Override
  public CompletableFuture<DropLocation> upload(FileUpload upload) {
    return Async.supply(() -> calls.runAsync(ops.upload(upload)));
  }

  @Override
  public CompletableFuture<DropLocation> get(String fileId) {
    return get(fileId, null);
  }

  @Override
  public CompletableFuture<DropLocation> get(String fileId, String responseFields) {
    return Async.supply(() -> calls.runAsync(ops.get(fileId, responseFields)));
  }

  @Override
  public CompletableFuture<Long> download(String fileId, Path target) {
    return Async.supply(() -> calls.runAsync(ops.download(fileId, target)));
  }

  @Override
  public CompletableFuture<Long> download(String fileId, OutputStream out) {
    return Async.supply(() -> calls.runAsync(ops.download(fileId, out)));
  }

  @Override
  public CompletableFuture<URI> publicLink(String fileId) {
    return publicLink(fileId, FilesService.DEFAULT_LINK_HOURS);
  }

  @Override
  public CompletableFuture<URI> publicLink(String fileId, int hours) {
    return Async.supply(() -> calls.runAsync(ops.publicLink(fileId, hours)));
  }

  @Override
  public CompletableFuture<Long> downloadPublicLink(URI link, Path target) {
    return downloadPublicLink(link, target, TransferListener.NONE);
  }

  @Override
  public CompletableFuture<Long> downloadPublicLink(URI link, Path target, TransferListener listener) {
    return Async.supply(() -> calls.runAsync(ops.downloadPublicLink(link, target, listener)));
  }

  @Override
  public CompletableFuture<Long> downloadPublicLink(URI link, OutputStream out) {
    return Async.supply(() -> calls.runAsync(ops.downloadPublicLink(link, out)));
  }
}
