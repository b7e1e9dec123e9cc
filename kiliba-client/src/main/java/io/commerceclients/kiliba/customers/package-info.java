/** Listing, blacklisting and whitelisting Kiliba customers. */
package io.commerceclients.kiliba.customers;
