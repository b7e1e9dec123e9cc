/** Webhook endpoints Karla delivers events to, and the events themselves. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model.webhook;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
