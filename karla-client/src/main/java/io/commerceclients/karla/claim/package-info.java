/** Claims about shipments. */
package io.commerceclients.karla.claim;
