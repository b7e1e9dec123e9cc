/** Webhook endpoints Karla delivers events to, and the events themselves. */
@SdkStyle
package io.commerceclients.karla.model.webhook;

import io.commerceclients.core.json.SdkStyle;
