/**
 * Physical-store uploads: the upload session, the file's parsing status and its outputs. Upload
 * stage names are not documented; see {@link io.commerceclients.kiliba.model.stores.UploadState}.
 */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.model.stores;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
