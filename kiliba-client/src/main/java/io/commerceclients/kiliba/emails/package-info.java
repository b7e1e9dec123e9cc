/** Sending Kiliba's transactional emails. */
package io.commerceclients.kiliba.emails;
