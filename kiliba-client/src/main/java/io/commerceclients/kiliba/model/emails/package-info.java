/** Transactional emails: the send request and its answer. */
@SdkStyle
package io.commerceclients.kiliba.model.emails;

import io.commerceclients.core.json.SdkStyle;
