/** Retry policy, its interceptor, and the {@code Idempotent} marker for retry-safe POSTs. */
@NullMarked
package io.commerceclients.core.retry;

import io.commerceclients.core.internal.retry.Idempotent;
import org.jspecify.annotations.NullMarked;
