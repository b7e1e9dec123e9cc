package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.io.Downloads;
import io.commerceclients.core.internal.io.StreamingBodies;
import io.commerceclients.core.internal.http.SecureUrls;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import io.commerceclients.kibo.importexport.files.FileUpload;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;

/**
 * The Files API's operations, each validated and built once for the blocking and the asynchronous
 * service. Content is streamed: uploads from the file (or the caller's stream), downloads into the
 * target through a partial file moved into place when complete, and capped at {@code
 * maxDownloadSize}. Public links are fetched on the auth host's transport, which sends no credential.
 */
final class FileOps {
  private static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");
  private static final String IMPORT = "import";

  private final PublicLinkApi links;
  private final long maxDownloadSize;

  FileOps(KiboContext context) {
    this.links = context.links();
    this.maxDownloadSize = context.maxDownloadSize();
  }

  /** The upload of {@code file} under its own name. */
  static FileUpload upload(Path file) {
    return FileUpload.builder().file(Check.required(file, "file")).build();
  }

  /** The upload of {@code file} under {@code fileName}, with a progress listener (may be null). */
  static FileUpload upload(Path file, String fileName, TransferListener listener) {
    Check.notBlank(fileName, "fileName");
    return FileUpload.builder().file(Check.required(file, "file")).fileName(fileName)
        .onProgress(Optional.ofNullable(listener)).build();
  }

  /** The upload of a stream under {@code fileName}. */
  static FileUpload upload(InputStream content, String fileName) {
    Check.notBlank(fileName, "fileName");
    return FileUpload.builder().content(Check.required(content, "content")).fileName(fileName).build();
  }

  /** Uploads as {@code upload} says; the answer must carry the file id. */
  KiboOp<DropLocation, DropLocation> upload(FileUpload upload) {
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
    String fields = upload.responseFields().orElse(null);
    return KiboOp.onTenant(tenant -> tenant.api().uploadFile(IMPORT, fileName, fields, body), location -> {
      Answers.field(location.id(), Answers.UPLOAD, "id");
      return location;
    });
  }

  /** Reads a file's metadata, trimmed to {@code responseFields} unless it is null or blank. */
  KiboOp<DropLocation, DropLocation> get(String fileId, String responseFields) {
    Check.pathSegment(fileId, "fileId");
    String fields = blankToNull(responseFields);
    return KiboOp.onTenant(tenant -> tenant.api().getFile(fileId, fields));
  }

  /** Streams a file's content into {@code target} (replaced when complete). */
  KiboOp<Long, Long> download(String fileId, Path target) {
    Check.pathSegment(fileId, "fileId");
    checkTarget(target);
    return KiboOp.onTenant(tenant -> new DownloadCall(tenant.api().downloadFileContent(fileId),
        body -> Downloads.toPath(body, target, null, maxDownloadSize)));
  }

  /** Streams a file's content into {@code out}, left open. */
  KiboOp<Long, Long> download(String fileId, OutputStream out) {
    Check.pathSegment(fileId, "fileId");
    Check.required(out, "out");
    return KiboOp.onTenant(tenant -> new DownloadCall(tenant.api().downloadFileContent(fileId),
        body -> Downloads.toStream(body, out, null, maxDownloadSize)));
  }

  /** Generates a public link valid for {@code hours} hours. */
  KiboOp<ResponseBody, URI> publicLink(String fileId, int hours) {
    Check.pathSegment(fileId, "fileId");
    Check.inRange(hours, 1, Integer.MAX_VALUE, "hours");
    return KiboOp.onTenant(tenant -> tenant.api().generatePublicLink(fileId, hours), body -> {
      try (body) {
        return PublicLinks.parse(body.string());
      }
    });
  }

  /** Streams the content behind a public link into {@code target}, without any Kibo credential. */
  KiboOp<Long, Long> downloadPublicLink(URI link, Path target, TransferListener listener) {
    checkTarget(target);
    HttpUrl url = linkUrl(link);
    return KiboOp.credentialFree(() -> new DownloadCall(links.download(url),
        body -> Downloads.toPath(body, target, listener, maxDownloadSize)), bytes -> bytes);
  }

  /** Streams the content behind a public link into {@code out}, left open. */
  KiboOp<Long, Long> downloadPublicLink(URI link, OutputStream out) {
    Check.required(out, "out");
    HttpUrl url = linkUrl(link);
    return KiboOp.credentialFree(() -> new DownloadCall(links.download(url),
        body -> Downloads.toStream(body, out, null, maxDownloadSize)), bytes -> bytes);
  }

  /** Returns {@code responseFields}, or null (no query parameter) when it is null or blank. */
  static String blankToNull(String responseFields) {
    return responseFields == null || responseFields.isBlank() ? null : responseFields;
  }

  /**
   * Checks a download's target: a file to create or replace, never a directory.
   *
   * @throws io.commerceclients.core.validation.ValidationException if it is missing or a directory
   */
  static Path checkTarget(Path target) {
    Check.required(target, "target");
    Check.that(!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS), "target",
        "must be a file to create or replace, not a directory: " + target);
    return target;
  }

  private static HttpUrl linkUrl(URI link) {
    Check.required(link, "link");
    HttpUrl url = HttpUrl.parse(link.toString());
    Check.that(url != null, "link", "must be an absolute http(s) URL");
    return SecureUrls.requireSecure(url, "link");
  }
}
