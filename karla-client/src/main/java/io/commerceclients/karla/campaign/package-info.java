/** Campaigns and A/B tests of campaigns. */
package io.commerceclients.karla.campaign;
