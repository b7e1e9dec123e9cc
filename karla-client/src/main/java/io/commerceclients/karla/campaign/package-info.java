/** Campaigns and A/B tests of campaigns. */
@NullMarked
package io.commerceclients.karla.campaign;

import org.jspecify.annotations.NullMarked;
