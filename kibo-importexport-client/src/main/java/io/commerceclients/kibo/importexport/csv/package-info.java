/**
 * Kibo's CSV files: the resource catalog with its required and optional fields ({@link
 * io.commerceclients.kibo.importexport.csv.KiboResource}), a validating writer, a streaming reader
 * for export files, and the ZIP packaging the Import/Export API expects.
 */
@NullMarked
package io.commerceclients.kibo.importexport.csv;

import org.jspecify.annotations.NullMarked;
