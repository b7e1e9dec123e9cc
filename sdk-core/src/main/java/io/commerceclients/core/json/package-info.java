/** JSON setup shared by every client: the mapper, the Immutables style, and expandable enums. */
package io.commerceclients.core.json;
