/**
 * The HTTP stack every client is built on: shared client options and builder shape, and the
 * transport that wires retries, auth, headers, logging and error mapping.
 */
package io.commerceclients.core.http;
