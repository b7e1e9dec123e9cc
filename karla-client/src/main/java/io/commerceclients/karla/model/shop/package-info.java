/** Shops, their integration keys, images, settings and Shopify webhooks. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.shop;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
