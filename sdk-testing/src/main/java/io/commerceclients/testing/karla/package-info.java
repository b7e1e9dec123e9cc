/**
 * A stateful fake of the Karla API on loopback, for tests: {@link
 * io.commerceclients.testing.karla.FakeKarla}, with its webhook deliveries.
 */
@NullMarked
package io.commerceclients.testing.karla;

import org.jspecify.annotations.NullMarked;
