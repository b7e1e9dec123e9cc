/** Claims about shipments. */
@NullMarked
package io.commerceclients.karla.claim;

import org.jspecify.annotations.NullMarked;
