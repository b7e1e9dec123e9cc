package io.commerceclients.kiliba.imports;

import java.util.stream.Stream;

/**
 * The bulk import of one kind of record without blocking a thread: the twin of {@link BulkImport},
 * with the same batching (at most 1000 items and 6,000,000 bytes per request), validation,
 * concurrency ({@link ImportOptions#concurrency()} requests in flight) and report, in which every
 * item read is accounted for exactly once. Batches are sent as asynchronous calls; retries are
 * scheduled, never slept.
 *
 * <p>The input is read on the import's read executor ({@link ImportOptions#readExecutor()}, by
 * default the SDK's {@code commerce-clients-blocking} threads), one batch at a time, when a request
 * slot is free; so a {@code Stream} that must be read on the thread that opened it (a JPA stream
 * inside a transaction) belongs to the blocking {@link BulkImport}. The progress listener runs on
 * those threads too (or on the thread that cancels the import), never concurrently. No method
 * throws: invalid options, or an invalid item of a
 * {@link java.util.Collection} (checked whole before the first request, on the calling thread),
 * give a future failed with the {@code ValidationException}, and nothing is sent. Cancelling the
 * returned {@link ImportFuture} stops the import; {@link ImportFuture#report()} then says what was
 * sent.
 *
 * @param <T> the record type
 */
public interface BulkImportAsync<T> {

  /**
   * Imports every item with the default options (one request at a time). The future fails with a
   * {@code ValidationException} if an item of a collection breaks a documented limit (nothing is
   * sent), or a {@link BulkImportAbortedException} (with the report) if an {@link Error} stopped
   * the import.
   */
  ImportFuture<T> send(Iterable<? extends T> items);

  /**
   * Imports every item with these options. The future fails with a {@code ValidationException} if
   * an item of a collection breaks a documented limit or the options are out of range (nothing is
   * sent), or a {@link BulkImportAbortedException} (with the report) if an {@link Error} stopped
   * the import.
   */
  ImportFuture<T> send(Iterable<? extends T> items, ImportOptions options);

  /**
   * Imports every item of a stream with the default options; see {@link #send(Stream,
   * ImportOptions)}.
   */
  ImportFuture<T> send(Stream<? extends T> items);

  /**
   * Imports every item of a stream, reading it once and lazily; an invalid item stops the import
   * before its batch is sent (the report names it in {@link ImportReport#stoppedBy()} and lists the
   * items read but not sent). The stream is closed when the import ends, cancelled or not. The
   * future fails with a {@code ValidationException} if the options are out of range, or a {@link
   * BulkImportAbortedException} (with the report) if an {@link Error} stopped the import or closing
   * the stream failed.
   */
  ImportFuture<T> send(Stream<? extends T> items, ImportOptions options);
}
