/** Orders, their shipments (trackings) and shipment events. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.order;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
