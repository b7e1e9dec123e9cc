/** Types shared by the Kiliba models, such as {@link io.commerceclients.kiliba.model.KilibaId}. */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.model;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
