package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.io.Downloads;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.files.FileUpload;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Call;

/** The Files API over the tenant transport; public links over the credential-free storage client. */
final class DefaultFilesService implements FilesService {
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private static final String IMPORT = "import";

  private final KiboContext context;

  DefaultFilesService(KiboContext context) {
    this.context = context;
  }

  @Override
  public DropLocation upload(Path file) {
    return upload(FileUpload.builder().file(Check.required(file, "file")).build());
  }

  @Override
  public DropLocation upload(Path file, String fileName) {
    return upload(file, fileName, TransferListener.NONE);
  }

  @Override
  public DropLocation upload(Path file, String fileName, TransferListener listener) {
    Check.notBlank(fileName, "fileName");
    return upload(FileUpload.builder().file(Check.required(file, "file")).fileName(fileName)
        .onProgress(Optional.ofNullable(listener)).build());
  }

  @Override
  public DropLocation upload(InputStream content, String fileName) {
    Check.notBlank(fileName, "fileName");
    return upload(FileUpload.builder().content(Check.required(content, "content")).fileName(fileName).build());
  }

  @Override
  public DropLocation upload(FileUpload upload) {
    Check.required(upload, "upload");
    Check.that(upload.file().isPresent() != upload.content().isPresent(), "upload",
        "give exactly one of file and content");
    upload.responseFields().ifPresent(f -> Check.notBlank(f, "responseFields"));
    RequestBody body;
    String fileName;
    if (upload.file().isPresent()) {
      Path file = upload.file().get();
      Path name = file.getFileName();
      Check.that(name != null || upload.fileName().isPresent(), "file", "must name a file, got " + file);
      fileName = upload.fileName().orElseGet(() -> name.toString());
      Check.notBlank(fileName, "fileName");
      body = StreamingBodies.fromPath(file, OCTET_STREAM, upload.onProgress().orElse(TransferListener.NONE));
    } else {
      fileName = Check.notBlank(upload.fileName().orElse(null), "fileName");
      body = StreamingBodies.fromStream(upload.content().get(), -1, OCTET_STREAM, null);
    }
    DropLocation location = context.transport().execute(
        context.api().uploadFile(IMPORT, fileName, upload.responseFields().orElse(null), body));
    Answers.field(location.id(), Answers.UPLOAD, "id");
    return location;
  }

  @Override
  public DropLocation get(String fileId) {
    return get(fileId, null);
  }

  @Override
  public DropLocation get(String fileId, String responseFields) {
    Check.notBlank(fileId, "fileId");
    return context.transport().execute(context.api().getFile(fileId, blankToNull(responseFields)));
  }

  /** Returns {@code responseFields}, or null (no query parameter) when it is null or blank. */
  static String blankToNull(String responseFields) {
    return responseFields == null || responseFields.isBlank() ? null : responseFields;
  }

  @Override
  public long download(String fileId, Path target) {
    Check.notBlank(fileId, "fileId");
    Check.required(target, "target");
    ApiTransport transport = context.transport();
    Call<ResponseBody> call = context.api().downloadFileContent(fileId);
    ResponseBody body = transport.executeStreaming(call);
    try {
      return Downloads.toPath(body, target, null);
    } catch (IOException e) {
      throw transport.transportFailure(call.request(), e);
    }
  }

  @Override
  public long download(String fileId, OutputStream out) {
    Check.notBlank(fileId, "fileId");
    Check.required(out, "out");
    ApiTransport transport = context.transport();
    Call<ResponseBody> call = context.api().downloadFileContent(fileId);
    ResponseBody body = transport.executeStreaming(call);
    try {
      return Downloads.toStream(body, out, null);
    } catch (IOException e) {
      throw transport.transportFailure(call.request(), e);
    }
  }

  @Override
  public URI publicLink(String fileId) {
    return publicLink(fileId, DEFAULT_LINK_HOURS);
  }

  @Override
  public URI publicLink(String fileId, int hours) {
    Check.notBlank(fileId, "fileId");
    Check.inRange(hours, 1, Integer.MAX_VALUE, "hours");
    Call<ResponseBody> call = context.api().generatePublicLink(fileId, hours);
    try (ResponseBody body = context.transport().execute(call)) {
      return PublicLinks.parse(body.string());
    } catch (IOException e) {
      throw context.transport().transportFailure(call.request(), e);
    }
  }

  @Override
  public long downloadPublicLink(URI link, Path target) {
    return downloadPublicLink(link, target, TransferListener.NONE);
  }

  @Override
  public long downloadPublicLink(URI link, Path target, TransferListener listener) {
    Check.required(target, "target");
    Request request = linkRequest(link);
    ApiTransport storage = context.authTransport();
    try (Response response = storage.executeRaw(storage.storageClient(), request)) {
      return Downloads.toPath(response.body(), target, listener);
    } catch (IOException e) {
      throw storage.transportFailure(request, e);
    }
  }

  @Override
  public long downloadPublicLink(URI link, OutputStream out) {
    Check.required(out, "out");
    Request request = linkRequest(link);
    ApiTransport storage = context.authTransport();
    try (Response response = storage.executeRaw(storage.storageClient(), request)) {
      return Downloads.toStream(response.body(), out, null);
    } catch (IOException e) {
      throw storage.transportFailure(request, e);
    }
  }

  private static Request linkRequest(URI link) {
    Check.required(link, "link");
    HttpUrl url = HttpUrl.parse(link.toString());
    Check.that(url != null, "link", "must be an absolute http(s) URL");
    return new Request.Builder().url(url).get().build();
  }
}
