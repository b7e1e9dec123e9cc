/** Transactional emails: the send request and its answer. */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.model.emails;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
