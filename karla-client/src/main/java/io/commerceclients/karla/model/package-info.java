/** Types shared by several Karla areas: addresses, products, carriers and languages. */
@SdkStyle
@NullMarked
package io.commerceclients.karla.model;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
