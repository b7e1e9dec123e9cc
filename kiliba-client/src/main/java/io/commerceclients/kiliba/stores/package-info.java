/**
 * Physical-store uploads: {@link io.commerceclients.kiliba.stores.PhysicalStoresService#upload}
 * runs the whole flow in one call, and each step is also available on its own.
 */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.stores;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
