/** Orders, their shipments, and shipment events. */
@NullMarked
package io.commerceclients.karla.order;

import org.jspecify.annotations.NullMarked;
