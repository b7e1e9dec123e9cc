/** Discounts and deals. */
package io.commerceclients.karla.discount;
