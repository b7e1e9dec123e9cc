/** Campaigns, their promotions, and A/B tests of campaigns. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.campaign;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
