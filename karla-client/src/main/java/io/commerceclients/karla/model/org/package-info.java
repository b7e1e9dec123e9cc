/** Organizations and their members. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.org;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
