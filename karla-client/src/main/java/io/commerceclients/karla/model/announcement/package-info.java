/** Announcements shown to a shop's customers. */
@SdkStyle
package io.commerceclients.karla.model.announcement;

import io.commerceclients.core.json.SdkStyle;
