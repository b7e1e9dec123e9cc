/** A stateful fake of Kibo's auth, tenant and Import/Export APIs, on loopback, for tests. */
package io.commerceclients.testing.kibo;
