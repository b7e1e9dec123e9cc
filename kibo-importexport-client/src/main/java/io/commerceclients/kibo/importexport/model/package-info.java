/**
 * Immutable models of the Kibo Import/Export API: import and export jobs, their resources, the
 * files (drop locations) they read and write, and the context override that targets a catalog or
 * site.
 */
@SdkStyle
@NullMarked
package io.commerceclients.kibo.importexport.model;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
