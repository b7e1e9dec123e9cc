/**
 * Plumbing of the SDK's clients (error): not part of the public API, and free to change in any release.
 */
package io.commerceclients.core.internal.error;
