/** JSON setup shared by every client: the mapper, the Immutables style, and expandable enums. */
@NullMarked
package io.commerceclients.core.json;

import org.jspecify.annotations.NullMarked;
