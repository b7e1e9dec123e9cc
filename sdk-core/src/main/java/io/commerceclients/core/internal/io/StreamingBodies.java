package io.commerceclients.core.internal.io;

import io.commerceclients.core.internal.http.WatchdogAnchor;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.io.TransferListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * Request bodies that stream from a file or a stream instead of loading the content into memory (a
 * file is read through a {@code FileChannel} into one of the {@link TransferBuffers}). A file body
 * can be sent again (so it may be retried); a stream body is one-shot and never retried, nor is a
 * multipart form holding one ({@link #multipart}).
 */
public final class StreamingBodies {
  private static final int CHUNK = 64 * 1024;

  private StreamingBodies() {}

  /**
   * Returns {@code form} as a body that says it is one-shot when one of its parts is: OkHttp's
   * multipart body does not, and both the SDK's retries and OkHttp's redirects ask only the body
   * whether it can be sent again.
   */
  public static RequestBody multipart(MultipartBody form) {
    Check.required(form, "form");
    boolean oneShot = form.parts().stream().anyMatch(part -> part.body().isOneShot());
    if (!oneShot) {
      return form;
    }
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return form.contentType();
      }

      @Override
      public long contentLength() throws IOException {
        return form.contentLength();
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        form.writeTo(sink);
      }
    };
  }

  /**
   * Returns a repeatable body that reads {@code file} each time it is sent.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the file is not a readable regular file
   */
  public static RequestBody fromPath(Path file, MediaType type, TransferListener listener) {
    return fromPath(file, -1, type, listener);
  }

  /**
   * Returns a repeatable body that reads {@code file} each time it is sent and announces {@code
   * length} bytes (the size declared elsewhere, as in an upload session), or the file's size when
   * sent if {@code length} is -1. A file whose size differs when sent fails the send with an {@link
   * IOException} saying it changed.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the file is not a readable regular file
   */
  public static RequestBody fromPath(Path file, long length, MediaType type, TransferListener listener) {
    Check.required(file, "file");
    Check.that(Files.isRegularFile(file) && Files.isReadable(file), "file", "must be a readable regular file: " + file);
    Check.that(length >= -1, "length", "must be -1 (the file's size) or the size in bytes");
    TransferListener progress = GuardedTransferListener.of(listener);
    return new RequestBody() {
      private volatile long announced = length;

      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() throws IOException {
        if (length >= 0) {
          return length;
        }
        long size = Files.size(file);
        announced = size;
        return size;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        long total = announced >= 0 ? announced : contentLength();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
          copy(channel, sink, total, progress, file);
        }
      }
    };
  }

  /**
   * Returns a one-shot body that reads {@code in} once; {@code length} is its size in bytes, or -1
   * when unknown (the body is then sent chunked). The stream is closed after sending.
   */
  public static RequestBody fromStream(InputStream in, long length, MediaType type, TransferListener listener) {
    Check.required(in, "inputStream");
    Check.that(length >= -1, "length", "must be -1 (unknown) or the size in bytes");
    TransferListener progress = GuardedTransferListener.of(listener);
    return new RequestBody() {
      @Override
      public MediaType contentType() {
        return type;
      }

      @Override
      public long contentLength() {
        return length;
      }

      @Override
      public boolean isOneShot() {
        return true;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        try (Source source = Okio.source(in)) {
          copy(source, sink, length, progress);
        }
      }
    };
  }

  /**
   * Reads the file a {@link TransferBuffers} buffer at a time (a read of a file
   * through Okio or a stream takes one system call and one more copy per 8 KiB segment), and hands
   * it to the sink {@value #CHUNK} bytes at a time: the segments those take are written out and
   * go back to Okio's pool, which holds 64 KiB, so an upload makes no garbage.
   */
  private static void copy(FileChannel file, BufferedSink sink, long total, TransferListener progress, Path path)
      throws IOException {
    ByteBuffer buffer = TransferBuffers.take();
    try {
      long sent = 0;
      int read;
      while (sent < total) {
        buffer.limit((int) Math.min(buffer.capacity(), total - sent));
        read = file.read(buffer);
        if (read == -1) {
          throw changed(path, total, "ended after " + sent + " bytes");
        }
        buffer.flip();
        int end = buffer.limit();
        while (buffer.position() < end) {
          buffer.limit(Math.min(end, buffer.position() + CHUNK));
          sink.write(buffer);
          WatchdogAnchor.INSTANCE.touch();
        }
        buffer.clear();
        sent += read;
        progress.onProgress(sent, total);
      }
      buffer.limit(1);
      if (file.read(buffer) > 0) {
        throw changed(path, total, "grew past it");
      }
    } finally {
      TransferBuffers.release(buffer);
    }
    sink.flush();
  }

  /**
   * The failure of an upload whose file changed size while it was sent: the request announced
   * {@code total} bytes, so what was sent is neither the old file nor the new one.
   */
  private static IOException changed(Path file, long total, String how) {
    return new IOException("the file " + file + " changed while it was uploaded: " + total
        + " bytes were announced and the file " + how);
  }

  private static void copy(Source source, BufferedSink sink, long total, TransferListener progress) throws IOException {
    long sent = 0;
    long read;
    while ((read = source.read(sink.getBuffer(), CHUNK)) != -1) {
      sink.emitCompleteSegments();
      WatchdogAnchor.INSTANCE.touch();
      sent += read;
      progress.onProgress(sent, total);
    }
    sink.flush();
  }
}
