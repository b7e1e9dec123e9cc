/**
 * The HTTP stack every client is built on: shared client options and builder shape, and the
 * transport that wires retries, auth, headers, logging and error mapping.
 */
@NullMarked
package io.commerceclients.core.http;

import org.jspecify.annotations.NullMarked;
