package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import java.util.concurrent.CompletableFuture;

/** Asynchronous listings that cannot start: an asynchronous method never throws, so its pages fail. */
final class AsyncListings {
  private AsyncListings() {}

  /** Returns a listing whose every future fails with {@code invalid} (a validation error). */
  static <T> AsyncPagedIterable<T> failed(RuntimeException invalid) {
    return AsyncPagedIterable.byStartIndex(0, 1, (position, size) -> CompletableFuture.failedFuture(invalid));
  }
}
