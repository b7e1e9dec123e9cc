/** Discounts and deals. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.discount;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
