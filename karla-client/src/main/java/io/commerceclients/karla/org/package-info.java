/** Organizations and their members. */
@NullMarked
package io.commerceclients.karla.org;

import org.jspecify.annotations.NullMarked;
