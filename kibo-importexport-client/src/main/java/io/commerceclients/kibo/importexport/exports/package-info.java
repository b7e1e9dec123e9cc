/** Export jobs: create, read, list, delete, wait, and the one-call export to a ZIP or CSV files. */
@SdkStyle
@NullMarked
package io.commerceclients.kibo.importexport.exports;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
