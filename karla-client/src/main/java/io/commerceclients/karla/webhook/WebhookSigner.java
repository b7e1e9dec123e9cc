package io.commerceclients.karla.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs webhook bodies the way Karla does, so that you can test your own endpoint: the header value
 * is {@code t=<unix seconds>,v1=<lowercase hex HMAC-SHA256 of t + "." + body>}.
 *
 * <pre>{@code
 * String header = WebhookSigner.of(secret).sign(body, Instant.now());
 * // POST body with header Karla-Signature: header
 * }</pre>
 */
public final class WebhookSigner {

  private final Hmac hmac;
  private final Clock clock;

  private WebhookSigner(Hmac hmac, Clock clock) {
    this.hmac = hmac;
    this.clock = clock;
  }

  /**
   * Returns a signer keyed with the webhook {@code secret}.
   *
   * @throws IllegalArgumentException if the secret is blank
   */
  public static WebhookSigner of(String secret) {
    return new WebhookSigner(new Hmac(secret), Clock.systemUTC());
  }

  /** Returns a copy of this signer that reads "now" from {@code clock}. */
  public WebhookSigner withClock(Clock clock) {
    return new WebhookSigner(hmac, Objects.requireNonNull(clock, "clock"));
  }

  /** Returns the {@code Karla-Signature} header value for {@code body} signed at {@code timestamp}. */
  public String sign(byte[] body, Instant timestamp) {
    Objects.requireNonNull(body, "body");
    String t = Long.toString(timestamp.getEpochSecond());
    return "t=" + t + ",v1=" + Hmac.hex(hmac.sign(t, body));
  }

  /** Returns the header value for the UTF-8 {@code body} signed at {@code timestamp}. */
  public String sign(String body, Instant timestamp) {
    return sign(body.getBytes(StandardCharsets.UTF_8), timestamp);
  }

  /** Returns the header value for the UTF-8 {@code body} signed now. */
  public String sign(String body) {
    return sign(body, clock.instant());
  }

  @Override
  public String toString() {
    return "WebhookSigner{secret=****}";
  }
}
