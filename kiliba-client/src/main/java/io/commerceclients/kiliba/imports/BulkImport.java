package io.commerceclients.kiliba.imports;

import java.util.stream.Stream;

/**
 * The bulk import of one kind of record. Kiliba creates each record or fully overwrites the one
 * with the same key, so a batch sent twice is harmless; the client retries failed batches as
 * configured.
 *
 * <p>The input is read lazily and cut into requests of at most 1000 items and 6,000,000 bytes of
 * JSON (measured on the serialised bytes); only the batches in flight and the one being built are
 * held in memory. The calling thread reads, validates and serialises the next batch while worker
 * threads send; with one request in flight (the default) batches reach Kiliba one at a time, in
 * input order. Every item is validated before its batch is sent. When the input is a {@link java.util.Collection}, the
 * whole input is validated before the first request, so bad input fails without any request.
 *
 * <p><b>Nothing is lost.</b> Every item read from the input ends in the report exactly once: in a
 * batch Kiliba accepted, in a failed batch with its cause (a batch whose answer counts fewer items
 * than were sent is failed as partially accepted), or among the unsent items. A batch failure
 * (after retries) is recorded and the import goes on. An invalid item, an exception from the
 * caller's source or an interrupt of the calling thread stops the reading; the report says why in
 * {@link ImportReport#stoppedBy()}. An {@link Error} anywhere in the import (an {@link
 * OutOfMemoryError}, a {@link StackOverflowError}, or any other, in the client or the progress
 * listener) stops the sending: the import waits for the batches in flight and throws {@link
 * BulkImportAbortedException}, whose report holds the same accounting. No method here returns a
 * report that leaves an item out.
 *
 * @param <T> the record type
 */
public interface BulkImport<T> {

  /**
   * Imports every item with the default options (one request at a time).
   *
   * @throws io.commerceclients.core.validation.ValidationException if an item of a collection
   *     breaks a documented limit (nothing is sent)
   * @throws BulkImportAbortedException if an {@link Error} stopped the import; it carries the report
   */
  ImportReport<T> send(Iterable<? extends T> items);

  /**
   * Imports every item with these options.
   *
   * @throws io.commerceclients.core.validation.ValidationException if an item of a collection
   *     breaks a documented limit, or the options are out of range (nothing is sent)
   * @throws BulkImportAbortedException if an {@link Error} stopped the import; it carries the report
   */
  ImportReport<T> send(Iterable<? extends T> items, ImportOptions options);

  /**
   * Imports every item of a stream with the default options; see {@link #send(Stream,
   * ImportOptions)}.
   *
   * @throws BulkImportAbortedException if an {@link Error} stopped the import; it carries the report
   */
  ImportReport<T> send(Stream<? extends T> items);

  /**
   * Imports every item of a stream, reading it once and lazily. An invalid item stops the import
   * before its batch is sent: the report then names the exception in {@link
   * ImportReport#stoppedBy()} and lists the items read but not sent in {@link
   * ImportReport#unsentItems()}. The stream is closed at the end.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the options are out of range
   * @throws BulkImportAbortedException if an {@link Error} stopped the import, or closing the
   *     stream failed; it carries the report
   */
  ImportReport<T> send(Stream<? extends T> items, ImportOptions options);
}
