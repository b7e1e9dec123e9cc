/** Kibo's Files API: streamed upload and download, and credential-free public links. */
@SdkStyle
package io.commerceclients.kibo.importexport.files;

import io.commerceclients.core.json.SdkStyle;
