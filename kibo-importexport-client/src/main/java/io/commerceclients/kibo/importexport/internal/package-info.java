/** Internal plumbing of the Kibo Import/Export client: Retrofit interfaces and wire models. Not public API. */
@SdkStyle
package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.json.SdkStyle;
