/**
 * Verifying and signing Karla webhook deliveries: {@link
 * io.commerceclients.karla.webhook.WebhookVerifier} checks the {@code Karla-Signature} header and
 * parses the event, {@link io.commerceclients.karla.webhook.WebhookSigner} produces the header for
 * tests of your own endpoints.
 */
@NullMarked
package io.commerceclients.karla.webhook;

import org.jspecify.annotations.NullMarked;
