package io.commerceclients.kiliba.internal;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * The growable byte array a batch's JSON is written into: unlike {@code ByteArrayOutputStream} it
 * is not synchronised, can be cut back to an earlier size, and hands out its array without a copy.
 */
final class BatchBuffer extends OutputStream {

  private byte[] bytes;
  private int size;

  BatchBuffer(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  @Override
  public void write(int b) {
    ensure(size + 1);
    bytes[size++] = (byte) b;
  }

  @Override
  public void write(byte[] b, int off, int len) {
    ensure(size + len);
    System.arraycopy(b, off, bytes, size, len);
    size += len;
  }

  /** The number of bytes written. */
  int size() {
    return size;
  }

  /** Forgets every byte from {@code newSize} on. */
  void truncate(int newSize) {
    size = newSize;
  }

  /** Returns a copy of the bytes from {@code from} to the end. */
  byte[] copyFrom(int from) {
    return Arrays.copyOfRange(bytes, from, size);
  }

  /** Returns the backing array, whose first {@link #size()} bytes are the content. */
  byte[] array() {
    return bytes;
  }

  private void ensure(int needed) {
    if (needed > bytes.length) {
      if (needed < 0) {
        throw new OutOfMemoryError("a batch over 2 GB");
      }
      bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length + (bytes.length >> 1)));
    }
  }
}
