/** Claims customers file about shipments. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.claim;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
