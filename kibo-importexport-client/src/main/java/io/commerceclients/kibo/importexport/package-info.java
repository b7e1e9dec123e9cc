/**
 * The Kibo Commerce Import/Export client: start with {@link
 * io.commerceclients.kibo.importexport.KiboImportExportClient#builder()} or {@link
 * io.commerceclients.kibo.importexport.KiboImportExportClient#fromEnv()}.
 */
@NullMarked
package io.commerceclients.kibo.importexport;

import org.jspecify.annotations.NullMarked;
