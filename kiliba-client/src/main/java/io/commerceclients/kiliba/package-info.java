/**
 * The Kiliba client: start with {@link io.commerceclients.kiliba.KilibaClient#builder()}.
 */
@NullMarked
package io.commerceclients.kiliba;

import org.jspecify.annotations.NullMarked;
