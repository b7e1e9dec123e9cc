/** Listing, blacklisting and whitelisting Kiliba customers. */
@NullMarked
package io.commerceclients.kiliba.customers;

import org.jspecify.annotations.NullMarked;
