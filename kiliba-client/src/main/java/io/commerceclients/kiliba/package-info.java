/**
 * The Kiliba client: start with {@link io.commerceclients.kiliba.KilibaClient#builder()}.
 */
package io.commerceclients.kiliba;
