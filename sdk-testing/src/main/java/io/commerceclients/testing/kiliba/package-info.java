/**
 * A stateful fake of the Kiliba API on loopback, for tests: {@link
 * io.commerceclients.testing.kiliba.FakeKiliba} with its customers, imports, uploads and emails.
 */
@NullMarked
package io.commerceclients.testing.kiliba;

import org.jspecify.annotations.NullMarked;
