/**
 * The records of Kiliba's bulk import: product categories, products, customer groups, customers,
 * orders, carts and visits. Each import is an upsert keyed by id that fully overwrites the record.
 */
@SdkStyle
@NullMarked
package io.commerceclients.kiliba.model.imports;

import io.commerceclients.core.json.SdkStyle;
import org.jspecify.annotations.NullMarked;
