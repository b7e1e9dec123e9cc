/**
 * Plumbing of the SDK's clients (retry): not part of the public API, and free to change in any release.
 */
package io.commerceclients.core.internal.retry;
