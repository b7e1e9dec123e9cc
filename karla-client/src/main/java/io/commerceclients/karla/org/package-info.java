/** Organizations and their members. */
package io.commerceclients.karla.org;
