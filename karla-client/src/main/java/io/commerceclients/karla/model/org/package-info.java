/** Organizations and their members. */
@SdkStyle
package io.commerceclients.karla.model.org;

import io.commerceclients.core.json.SdkStyle;
