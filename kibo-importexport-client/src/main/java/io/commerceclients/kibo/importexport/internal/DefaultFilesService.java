package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.files.FileUpload;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;

/** The Files API, blocking: each method runs its {@link FileOps} operation on the calling thread. */
final class DefaultFilesService implements FilesService {
  private final KiboCalls calls;
  private final FileOps ops;

  DefaultFilesService(KiboCalls calls) {
    this.calls = calls;
    this.ops = new FileOps(calls.context());
  }

  @Override
  public DropLocation upload(Path file) {
    return upload(FileOps.upload(file));
  }

  @Override
  public DropLocation upload(Path file, String fileName) {
    return upload(file, fileName, TransferListener.NONE);
  }

  @Override
  public DropLocation upload(Path file, String fileName, TransferListener listener) {
    return upload(FileOps.upload(file, fileName, listener));
  }

  @Override
  public DropLocation upload(InputStream content, String fileName) {
    return upload(FileOps.upload(content, fileName));
  }

  @Override
  public DropLocation upload(FileUpload upload) {
    return calls.run(ops.upload(upload));
  }

  @Override
  public DropLocation get(String fileId) {
    return get(fileId, null);
  }

  @Override
  public DropLocation get(String fileId, String responseFields) {
    return calls.run(ops.get(fileId, responseFields));
  }

  @Override
  public long download(String fileId, Path target) {
    return calls.run(ops.download(fileId, target));
  }

  @Override
  public long download(String fileId, OutputStream out) {
    return calls.run(ops.download(fileId, out));
  }

  @Override
  public URI publicLink(String fileId) {
    return publicLink(fileId, DEFAULT_LINK_HOURS);
  }

  @Override
  public URI publicLink(String fileId, int hours) {
    return calls.run(ops.publicLink(fileId, hours));
  }

  @Override
  public long downloadPublicLink(URI link, Path target) {
    return downloadPublicLink(link, target, TransferListener.NONE);
  }

  @Override
  public long downloadPublicLink(URI link, Path target, TransferListener listener) {
    return calls.run(ops.downloadPublicLink(link, target, listener));
  }

  @Override
  public long downloadPublicLink(URI link, OutputStream out) {
    return calls.run(ops.downloadPublicLink(link, out));
  }
}
