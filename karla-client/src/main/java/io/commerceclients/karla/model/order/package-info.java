/** Orders, their shipments (trackings) and shipment events. */
@SdkStyle
package io.commerceclients.karla.model.order;

import io.commerceclients.core.json.SdkStyle;
