/** Shops, their keys, images, settings and Shopify webhooks. */
@NullMarked
package io.commerceclients.karla.shop;

import org.jspecify.annotations.NullMarked;
