/** Shops, their keys, images, settings and Shopify webhooks. */
package io.commerceclients.karla.shop;
