/** Streaming uploads and downloads that never hold a whole file in memory. */
package io.commerceclients.core.io;
