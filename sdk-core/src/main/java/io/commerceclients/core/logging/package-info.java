/** HTTP logging through SLF4J with credentials redacted. */
package io.commerceclients.core.logging;
