/**
 * Micrometer binding of the clients' observer: timers per operation and outcome, a counter of
 * retries by reason, payload-size summaries, job-wait timers, and spans through Micrometer's
 * Observation API, whose tracing bridge (OpenTelemetry or Brave) propagates W3C {@code traceparent}
 * on the API's own requests only.
 */
@NullMarked
package io.commerceclients.micrometer;

import org.jspecify.annotations.NullMarked;
