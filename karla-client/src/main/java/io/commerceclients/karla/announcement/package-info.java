/** Announcements shown to a shop's customers. */
package io.commerceclients.karla.announcement;
