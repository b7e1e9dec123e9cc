/** Import jobs: create, read, list, delete, wait, and the one-call import from CSV files. */
@SdkStyle
@NullMarked
package io.commerceclients.kibo.importexport.imports;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
