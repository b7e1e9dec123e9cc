/** Sending Kiliba's transactional emails. */
@NullMarked
package io.commerceclients.kiliba.emails;

import org.jspecify.annotations.NullMarked;
