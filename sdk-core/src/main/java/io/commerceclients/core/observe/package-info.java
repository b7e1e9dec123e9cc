/**
 * Observability hooks: a {@link io.commerceclients.core.observe.ClientObserver} set on a client's
 * builder sees every call and every attempt (operation name, method, host, status, retries, wait,
 * duration, bytes, request id) and the progress of long workflows, and may add tracing headers to
 * the API's own requests. No event ever carries a secret, a URL query or a body.
 */
@NullMarked
package io.commerceclients.core.observe;

import org.jspecify.annotations.NullMarked;
