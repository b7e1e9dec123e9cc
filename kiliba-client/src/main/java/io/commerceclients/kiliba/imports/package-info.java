/**
 * Bulk imports into Kiliba: {@code ImportsService} splits any
 * number of records into requests Kiliba accepts and reports, batch by batch, what happened.
 */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.imports;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
