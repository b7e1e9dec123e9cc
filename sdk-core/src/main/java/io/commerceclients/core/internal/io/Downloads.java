package io.commerceclients.core.internal.io;

import io.commerceclients.core.internal.error.ProtocolIOException;
import io.commerceclients.core.internal.http.WatchdogAnchor;
import io.commerceclients.core.io.TransferListener;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Streams a response body to a file or a stream without holding it in memory. A file is written to
 * a new file of a random name beside it (created exclusively, with the permissions any new file of
 * the process gets) and moved into place only when complete, so a failed download never leaves a
 * truncated file under the target name.
 *
 * <p>The body arrives in Okio's 8 KiB segments, often part-filled; writing each one would cost a
 * system call per segment. The bytes are gathered instead into one buffer and written when it is
 * full: for a file, one of the {@link TransferBuffers} (direct memory, which the channel writes
 * without another copy), and {@value #STREAM_CHUNK} bytes of heap for a caller's stream.
 *
 * <p>Every copy has a cap ({@code maxDownloadSize} in the client's builder): a declared {@code
 * Content-Length} over it is refused before a byte is read, and otherwise the count is checked
 * once per gathered buffer, before the buffer is written, so neither the partial file nor the
 * caller's stream ever receives more than the cap. Either way the copy ends with a {@link
 * ProtocolIOException} (a {@code ProtocolException} once the transport maps it).
 */
public final class Downloads {
  static final int STREAM_CHUNK = 64 * 1024;
  /** Most characters of the target's name the partial file's name repeats, so it fits where the target's does. */
  static final int PARTIAL_NAME_CHARS = 40;

  private Downloads() {}

  /**
   * Copies {@code body} to {@code target} (replacing it), closes the body, and returns the byte
   * count; a body over {@code maxBytes} leaves {@code target} untouched and no partial file.
   *
   * @throws ProtocolIOException if the body is longer than {@code maxBytes}
   * @throws IOException if the body cannot be read or the file written
   */
  public static long toPath(ResponseBody body, Path target, TransferListener listener, long maxBytes)
      throws IOException {
    try (body) {
      refuseDeclared(body, maxBytes);
      if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException("the download's target " + target + " is a directory; it was not read");
      }
      Path dir = target.toAbsolutePath().getParent();
      if (dir != null) {
        Files.createDirectories(dir);
      }
      Path partial = target.toAbsolutePath().resolveSibling("." + partialPrefix(target) + Long.toHexString(
          ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + ".part");
      FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      try {
        long bytes;
        try (out) {
          bytes = toChannel(body, out, listener, maxBytes);
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return bytes;
      } finally {
        Files.deleteIfExists(partial);
      }
    }
  }

  /**
   * The start of the partial file's name: the target's name, cut to {@value #PARTIAL_NAME_CHARS}
   * characters (a name as long as the file system allows would otherwise leave no room for the
   * random part and the suffix).
   */
  private static String partialPrefix(Path target) {
    String name = String.valueOf(target.getFileName());
    if (name.codePointCount(0, name.length()) > PARTIAL_NAME_CHARS) {
      name = name.substring(0, name.offsetByCodePoints(0, PARTIAL_NAME_CHARS));
    }
    return name + ".";
  }

  private static long toChannel(ResponseBody body, FileChannel out, TransferListener listener, long maxBytes)
      throws IOException {
    TransferListener progress = GuardedTransferListener.of(listener);
    BufferedSource source = body.source();
    ByteBuffer buffer = TransferBuffers.take();
    try {
      long total = body.contentLength();
      long copied = 0;
      while (source.read(buffer) != -1) {
        WatchdogAnchor.INSTANCE.touch();
        if (!buffer.hasRemaining()) {
          refuseLonger(copied + buffer.position(), maxBytes);
          copied += drain(buffer, out);
          progress.onProgress(copied, total);
        }
      }
      if (buffer.position() > 0) {
        refuseLonger(copied + buffer.position(), maxBytes);
        copied += drain(buffer, out);
        progress.onProgress(copied, total);
      }
      return copied;
    } finally {
      TransferBuffers.release(buffer);
    }
  }

  private static int drain(ByteBuffer buffer, FileChannel out) throws IOException {
    buffer.flip();
    int bytes = buffer.remaining();
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
    buffer.clear();
    return bytes;
  }

  /**
   * Copies {@code body} to {@code out} (left open), closes the body, and returns the byte count;
   * {@code out} receives at most {@code maxBytes} bytes.
   *
   * @throws ProtocolIOException if the body is longer than {@code maxBytes}
   * @throws IOException if the body cannot be read or the stream written
   */
  public static long toStream(ResponseBody body, OutputStream out, TransferListener listener, long maxBytes)
      throws IOException {
    TransferListener progress = GuardedTransferListener.of(listener);
    try (body) {
      refuseDeclared(body, maxBytes);
      BufferedSource source = body.source();
      byte[] buffer = new byte[STREAM_CHUNK];
      long total = body.contentLength();
      long copied = 0;
      int filled = 0;
      int n;
      while ((n = source.read(buffer, filled, buffer.length - filled)) != -1) {
        WatchdogAnchor.INSTANCE.touch();
        filled += n;
        if (filled == buffer.length) {
          refuseLonger(copied + filled, maxBytes);
          out.write(buffer, 0, filled);
          copied += filled;
          filled = 0;
          progress.onProgress(copied, total);
        }
      }
      if (filled > 0) {
        refuseLonger(copied + filled, maxBytes);
        out.write(buffer, 0, filled);
        copied += filled;
        progress.onProgress(copied, total);
      }
      out.flush();
      return copied;
    }
  }

  private static void refuseDeclared(ResponseBody body, long maxBytes) throws IOException {
    long declared = body.contentLength();
    if (declared > maxBytes) {
      throw new ProtocolIOException("the download has a body of " + declared + " bytes, over the " + maxBytes
          + "-byte cap (maxDownloadSize); it was not read");
    }
  }

  private static void refuseLonger(long received, long maxBytes) throws IOException {
    if (received > maxBytes) {
      throw new ProtocolIOException("the download has a body of more than " + maxBytes + " bytes, over the "
          + maxBytes + "-byte cap (maxDownloadSize); it was stopped there");
    }
  }
}
