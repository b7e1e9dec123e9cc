/** Kibo's Files API: streamed upload and download, and credential-free public links. */
@SdkStyle
@NullMarked
package io.commerceclients.kibo.importexport.files;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
