/** A generic poller for asynchronous jobs, with timeout, cancellation, progress and typed outcomes. */
package io.commerceclients.core.polling;
