/**
 * The base of the fakes: an embedded HTTP server on loopback with routing, request recording and
 * fault injection, usable as a JUnit 5 extension.
 */
@NullMarked
package io.commerceclients.testing.server;

import org.jspecify.annotations.NullMarked;
