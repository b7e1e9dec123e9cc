/** Orders, their shipments, and shipment events. */
package io.commerceclients.karla.order;
