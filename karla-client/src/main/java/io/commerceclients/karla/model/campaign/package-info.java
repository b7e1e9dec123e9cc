/** Campaigns, their promotions, and A/B tests of campaigns. */
@SdkStyle
package io.commerceclients.karla.model.campaign;

import io.commerceclients.core.json.SdkStyle;
