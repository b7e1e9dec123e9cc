/** Checks of documented limits that run before any request is sent. */
@NullMarked
package io.commerceclients.core.validation;

import org.jspecify.annotations.NullMarked;
