/**
 * The SDK's exceptions: {@link io.commerceclients.core.error.ApiException} and one subclass per
 * kind of failure, plus the SPI each client implements to read its API's error body.
 */
@NullMarked
package io.commerceclients.core.error;

import org.jspecify.annotations.NullMarked;
