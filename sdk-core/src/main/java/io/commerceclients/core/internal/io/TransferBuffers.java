package io.commerceclients.core.internal.io;

import java.nio.ByteBuffer;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The buffers file uploads and downloads go through: {@value #SIZE} bytes of direct memory each,
 * at most {@value #MAX_DIRECT} of them ever allocated, handed from one transfer to the next. A
 * direct buffer is freed only when a garbage collection finds it unreachable, which with a large
 * heap may take long; one per transfer could exhaust direct memory meanwhile. A transfer that finds
 * every direct buffer in use gets a small heap buffer of {@value #FALLBACK_SIZE} bytes instead: the
 * JDK copies a heap buffer through a temporary direct one of the same size that each thread keeps,
 * so that size is what such a thread holds.
 */
final class TransferBuffers {
  static final int SIZE = 256 * 1024;
  static final int MAX_DIRECT = 8;
  static final int FALLBACK_SIZE = 16 * 1024;

  private static final ArrayBlockingQueue<ByteBuffer> FREE = new ArrayBlockingQueue<>(MAX_DIRECT);
  private static final AtomicInteger ALLOCATED = new AtomicInteger();

  private TransferBuffers() {}

  /** Returns an empty buffer for one transfer (a pooled direct one when free); give it back with {@link #release}. */
  static ByteBuffer take() {
    ByteBuffer free = FREE.poll();
    if (free != null) {
      return free;
    }
    if (ALLOCATED.incrementAndGet() <= MAX_DIRECT) {
      return ByteBuffer.allocateDirect(SIZE);
    }
    ALLOCATED.decrementAndGet();
    return ByteBuffer.allocate(FALLBACK_SIZE);
  }

  /** Takes back a buffer of {@link #take()} once its transfer no longer uses it. */
  static void release(ByteBuffer buffer) {
    if (buffer.isDirect()) {
      buffer.clear();
      FREE.offer(buffer);
    }
  }
}
