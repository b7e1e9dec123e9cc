/** Announcements shown to a shop's customers. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.announcement;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
