/** A generic poller for asynchronous jobs, with timeout, cancellation, progress and typed outcomes. */
@NullMarked
package io.commerceclients.core.polling;

import org.jspecify.annotations.NullMarked;
