/**
 * The Karla client: start with {@link io.commerceclients.karla.KarlaClient#builder()}, then use
 * {@code client.orders()}, {@code client.shop("slug").claims()} and the other services.
 */
@NullMarked
package io.commerceclients.karla;

import org.jspecify.annotations.NullMarked;
