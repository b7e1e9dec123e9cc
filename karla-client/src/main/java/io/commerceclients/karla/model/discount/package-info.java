/** Discounts and deals. */
@SdkStyle
package io.commerceclients.karla.model.discount;

import io.commerceclients.core.json.SdkStyle;
