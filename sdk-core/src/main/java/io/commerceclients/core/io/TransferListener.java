package io.commerceclients.core.io;

/**
 * Sees the progress of an upload or download, for progress display. A listener that throws a
 * {@code RuntimeException} is logged once and not called again for that transfer, which goes on;
 * an {@code Error} it throws ends the transfer, and the blocking call throws it or the future fails
 * with it.
 */
@FunctionalInterface
public interface TransferListener {

  /** A listener that ignores progress. */
  TransferListener NONE = (transferred, total) -> { };

  /** Called as bytes move; {@code totalBytes} is -1 when unknown. */
  void onProgress(long bytesTransferred, long totalBytes);
}
