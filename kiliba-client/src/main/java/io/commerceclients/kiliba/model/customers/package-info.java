/** Customers as Kiliba lists them, the list filters, and the blacklist and whitelist calls. */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.model.customers;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
