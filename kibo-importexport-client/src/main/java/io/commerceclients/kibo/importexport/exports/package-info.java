/** Export jobs: create, read, list, delete, wait, and the one-call export to a ZIP or CSV files. */
@SdkStyle
package io.commerceclients.kibo.importexport.exports;

import io.commerceclients.core.json.SdkStyle;
