/** Claims customers file about shipments. */
@SdkStyle
package io.commerceclients.karla.model.claim;

import io.commerceclients.core.json.SdkStyle;
