package io.commerceclients.karla.webhook;

import org.jspecify.annotations.Nullable;

/**
 * Thrown when a webhook delivery cannot be trusted or read; {@link #reason()} says why. Answer such
 * a delivery with an HTTP 400 and do not act on it.
 */
public final class WebhookVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a delivery was rejected. */
  public enum Reason {
    /** The {@code Karla-Signature} header is absent or empty. */
    MISSING_SIGNATURE,
    /** The header is not of the form {@code t=<unix seconds>,v1=<hex>}. */
    MALFORMED_SIGNATURE,
    /** No {@code v1} signature matches the body and timestamp under the secret. */
    SIGNATURE_MISMATCH,
    /** The timestamp is further from now than the tolerance (a replay or a skewed clock). */
    TIMESTAMP_OUT_OF_TOLERANCE,
    /** The signature is valid but the body is not a JSON event envelope. */
    INVALID_PAYLOAD
  }

  private final Reason reason;

  WebhookVerificationException(Reason reason, String message) {
    this(reason, message, null);
  }

  WebhookVerificationException(Reason reason, String message, @Nullable Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Returns why the delivery was rejected. */
  public Reason reason() {
    return reason;
  }
}
