package io.commerceclients.kiliba.internal;

import java.util.List;

/**
 * One import request: the items and their JSON array, serialised once and measured exactly.
 *
 * @param number the batch's number, from 1
 * @param firstItemIndex the input index of the batch's first item, from 0
 * @param items the batch's items, in input order
 * @param json the JSON array sent as the request body
 */
record JsonBatch<T>(int number, long firstItemIndex, List<T> items, byte[] json) {}
