/** Types shared by the Kiliba models, such as {@link io.commerceclients.kiliba.model.KilibaId}. */
@SdkStyle
package io.commerceclients.kiliba.model;

import io.commerceclients.core.json.SdkStyle;
