/** Retry policy, its interceptor, and the {@code Idempotent} marker for retry-safe POSTs. */
package io.commerceclients.core.retry;

import io.commerceclients.core.internal.retry.Idempotent;