package io.commerceclients.core.io;

/** Sees the progress of an upload or download, for progress display. */
@FunctionalInterface
public interface TransferListener {

  /** A listener that ignores progress. */
  TransferListener NONE = (transferred, total) -> { };

  /** Called as bytes move; {@code totalBytes} is -1 when unknown. */
  void onProgress(long bytesTransferred, long totalBytes);
}
