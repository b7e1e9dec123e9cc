/** A stateful fake of Kibo's auth, tenant and Import/Export APIs, on loopback, for tests. */
@NullMarked
package io.commerceclients.testing.kibo;

import org.jspecify.annotations.NullMarked;
