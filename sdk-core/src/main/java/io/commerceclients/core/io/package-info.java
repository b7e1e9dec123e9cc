/** Streaming uploads and downloads that never hold a whole file in memory. */
@NullMarked
package io.commerceclients.core.io;

import org.jspecify.annotations.NullMarked;
