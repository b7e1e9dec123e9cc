/**
 * Kibo's batch jobs ({@code /platform/data/batchJob}): create, read, list, change, delete, the
 * start, cancel and reset actions, summaries, items, and the one-call run that starts a job, waits
 * for it and reports its failed items.
 */
@SdkStyle
@NullMarked
package io.commerceclients.kibo.importexport.batch;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
