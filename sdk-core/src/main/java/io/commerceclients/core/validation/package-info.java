/** Checks of documented limits that run before any request is sent. */
package io.commerceclients.core.validation;
