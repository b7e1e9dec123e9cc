/** Types shared by several Karla areas: addresses, products, carriers and languages. */
@SdkStyle
package io.commerceclients.karla.model;

import io.commerceclients.core.json.SdkStyle;
