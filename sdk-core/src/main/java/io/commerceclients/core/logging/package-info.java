/** HTTP logging through SLF4J with credentials redacted. */
@NullMarked
package io.commerceclients.core.logging;

import org.jspecify.annotations.NullMarked;
