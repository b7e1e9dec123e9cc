package io.commerceclients.core.internal.io;

import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.io.TransferListener;

/**
 * A caller's {@link TransferListener} as a transfer calls it: one that throws a {@code
 * RuntimeException} is logged once and not called again for that transfer, so a progress display
 * can neither fail a transfer nor make a blocking and an asynchronous transfer end differently.
 */
final class GuardedTransferListener implements TransferListener {
  private static final LazyLogger LOG = LazyLogger.of(GuardedTransferListener.class);

  private final TransferListener listener;
  private volatile boolean failed;

  private GuardedTransferListener(TransferListener listener) {
    this.listener = listener;
  }

  /** Returns {@code listener} guarded, or {@link TransferListener#NONE} for none. */
  static TransferListener of(TransferListener listener) {
    return listener == null || listener == TransferListener.NONE ? TransferListener.NONE
        : new GuardedTransferListener(listener);
  }

  @Override
  public void onProgress(long bytesTransferred, long totalBytes) {
    if (failed) {
      return;
    }
    try {
      listener.onProgress(bytesTransferred, totalBytes);
    } catch (RuntimeException e) {
      failed = true;
      LOG.get().warn("The transfer's progress listener failed; the transfer goes on without it", e);
    }
  }
}
