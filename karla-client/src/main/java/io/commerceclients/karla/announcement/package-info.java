/** Announcements shown to a shop's customers. */
@NullMarked
package io.commerceclients.karla.announcement;

import org.jspecify.annotations.NullMarked;
