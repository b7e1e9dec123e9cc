/** Discounts and deals. */
@NullMarked
package io.commerceclients.karla.discount;

import org.jspecify.annotations.NullMarked;
