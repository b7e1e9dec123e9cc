/** Shops, their integration keys, images, settings and Shopify webhooks. */
@SdkStyle
package io.commerceclients.karla.model.shop;

import io.commerceclients.core.json.SdkStyle;
