package io.commerceclients.kiliba.internal;

import java.util.Arrays;
import java.util.List;

/**
 * One import request: the items and their JSON array, serialised once and measured exactly.
 *
 * @param number the batch's number, from 1
 * @param firstItemIndex the input index of the batch's first item, from 0
 * @param items the batch's items, in input order
 * @param buffer holds the JSON array sent as the request body in its first {@code bytes} bytes
 * @param bytes the size of the JSON array, in bytes
 */
record JsonBatch<T>(int number, long firstItemIndex, List<T> items, byte[] buffer, int bytes) {

  /** Returns a copy of the JSON array. */
  byte[] json() {
    return Arrays.copyOf(buffer, bytes);
  }
}
