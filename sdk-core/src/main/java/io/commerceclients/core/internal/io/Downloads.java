package io.commerceclients.core.internal.io;

import io.commerceclients.core.io.TransferListener;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Sink;

/**
 * Streams a response body to a file or a stream, segment by segment, without holding it in memory. A file is written to a temporary
 * file beside it and moved into place only when complete, so a failed download never leaves a
 * truncated file under the target name.
 */
public final class Downloads {
  private static final int CHUNK = 64 * 1024;

  private Downloads() {}

  /** Copies {@code body} to {@code target} (replacing it), closes the body, and returns the byte count. */
  public static long toPath(ResponseBody body, Path target, TransferListener listener) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    if (dir != null) {
      Files.createDirectories(dir);
    }
    Path partial = Files.createTempFile(dir, "." + target.getFileName() + ".", ".part");
    try {
      long bytes;
      try (OutputStream out = new FileOutputStream(partial.toFile())) {
        bytes = toStream(body, out, listener);
      }
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return bytes;
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  /** Copies {@code body} to {@code out} (left open), closes the body, and returns the byte count. */
  public static long toStream(ResponseBody body, OutputStream out, TransferListener listener) throws IOException {
    TransferListener progress = listener == null ? TransferListener.NONE : listener;
    try (body) {
      BufferedSource source = body.source();
      Sink sink = Okio.sink(out);
      Buffer buffer = new Buffer();
      long total = body.contentLength();
      long copied = 0;
      long n;
      while ((n = source.read(buffer, CHUNK)) != -1) {
        sink.write(buffer, n);
        copied += n;
        progress.onProgress(copied, total);
      }
      sink.flush();
      return copied;
    }
  }
}
