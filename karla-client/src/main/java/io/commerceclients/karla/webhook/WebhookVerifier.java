package io.commerceclients.karla.webhook;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.commerceclients.core.json.Json;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a webhook delivery comes from Karla and parses its event. Pass the body exactly as
 * received (before any JSON parsing) and the {@code Karla-Signature} header:
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).build();
 * WebhookEvent event = verifier.verify(rawBody, request.getHeader(WebhookVerifier.SIGNATURE_HEADER));
 * }</pre>
 *
 * <p>Signatures are compared in constant time; timestamps further than the tolerance (default 300
 * seconds) from the clock are rejected, in both directions. Instances are immutable and thread-safe.
 */
public final class WebhookVerifier {

  /** Name of the header that carries the signature. */
  public static final String SIGNATURE_HEADER = "Karla-Signature";

  /** The tolerance Karla recommends between the signature's timestamp and now. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofSeconds(300);

  private final Hmac hmac;
  private final Duration tolerance;
  private final Clock clock;

  private WebhookVerifier(Builder builder) {
    this.hmac = new Hmac(Objects.requireNonNull(builder.secret, "secret"));
    this.tolerance = builder.tolerance;
    this.clock = builder.clock;
  }

  /** Returns a builder; only the secret is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies the delivery and returns its event.
   *
   * @throws WebhookVerificationException if the header is missing or malformed, no signature
   *     matches, the timestamp is out of tolerance, or the body is not an event envelope (one JSON
   *     object and nothing after it): a validly signed {@code null}, scalar or array is refused too,
   *     and so is event data that names a shipment (or a carrier's health) but does not read as one,
   *     so that {@link WebhookEvent#shipmentUpdate()} and {@link WebhookEvent#carrierHealthUpdate()}
   *     of the event returned never throw
   */
  public WebhookEvent verify(byte[] rawBody, @Nullable String signatureHeader) {
    verifySignature(rawBody, signatureHeader);
    try (JsonParser parser = Json.mapper().createParser(rawBody)) {
      JsonToken first = parser.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw new WebhookVerificationException(
            WebhookVerificationException.Reason.INVALID_PAYLOAD,
            "the webhook body is " + describe(first) + ", not a Karla event object");
      }
      WebhookEvent event = Json.mapper().readValue(parser, WebhookEvent.class);
      if (parser.nextToken() != null) {
        throw new WebhookVerificationException(
            WebhookVerificationException.Reason.INVALID_PAYLOAD,
            "the webhook body has more after its event object");
      }
      return readable(event);
    } catch (JacksonException e) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.INVALID_PAYLOAD,
          "the webhook body is not a Karla event: " + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.INVALID_PAYLOAD, "the webhook body is unreadable", e);
    }
  }

  /** Returns the event once its typed data reads, so that {@code shipmentUpdate()} and the like do not throw later. */
  private static WebhookEvent readable(WebhookEvent event) {
    try {
      event.shipmentUpdate();
      event.carrierHealthUpdate();
      return event;
    } catch (IllegalArgumentException e) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.INVALID_PAYLOAD,
          "the webhook's event_data is not a Karla shipment or carrier health update: "
              + (e.getCause() instanceof JacksonException j ? j.getOriginalMessage() : e.getMessage()),
          e);
    }
  }

  private static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "empty";
    }
    switch (token) {
      case START_ARRAY:
        return "a JSON array";
      case VALUE_NULL:
        return "the JSON null";
      default:
        return "a JSON scalar";
    }
  }

  /**
   * Verifies the delivery whose body is the UTF-8 text {@code rawBody} and returns its event.
   *
   * @throws WebhookVerificationException as {@link #verify(byte[], String)}
   */
  public WebhookEvent verify(String rawBody, @Nullable String signatureHeader) {
    return verify(Objects.requireNonNull(rawBody, "rawBody").getBytes(StandardCharsets.UTF_8), signatureHeader);
  }

  /**
   * Checks the signature and the timestamp only, without parsing the body.
   *
   * @throws WebhookVerificationException if the header is missing or malformed, no signature
   *     matches, or the timestamp is out of tolerance
   */
  public void verifySignature(byte[] rawBody, @Nullable String signatureHeader) {
    Objects.requireNonNull(rawBody, "rawBody");
    SignatureHeader header = SignatureHeader.parse(signatureHeader);
    byte[] expected = hmac.sign(header.signedTimestamp, rawBody);
    boolean matched = false;
    for (String candidate : header.signatures) {
      byte[] given = Hmac.unhex(candidate);
      // Evaluate every candidate so the time taken does not depend on which one matched.
      matched |= given != null && MessageDigest.isEqual(expected, given);
    }
    if (!matched) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.SIGNATURE_MISMATCH,
          "no signature in the " + SIGNATURE_HEADER + " header matches the body");
    }
    long now = clock.instant().getEpochSecond();
    boolean old = now >= header.timestamp;
    // The distance fits in an unsigned long even when the signed difference would overflow.
    long distance = old ? now - header.timestamp : header.timestamp - now;
    if (Long.compareUnsigned(distance, tolerance.getSeconds()) > 0) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.TIMESTAMP_OUT_OF_TOLERANCE,
          "the signature timestamp is "
              + Long.toUnsignedString(distance)
              + " s "
              + (old ? "old" : "in the future")
              + ", more than the tolerance of "
              + tolerance.getSeconds()
              + " s");
    }
  }

  @Override
  public String toString() {
    return "WebhookVerifier{secret=****, tolerance=" + tolerance + "}";
  }

  /** Builds a {@link WebhookVerifier}. */
  public static final class Builder {
    private @Nullable String secret;
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** Sets the webhook's signing secret, as returned when the webhook was created (required). */
    public Builder secret(String secret) {
      this.secret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * Sets how far the signature's timestamp may be from now (default 300 s).
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder tolerance(Duration tolerance) {
      if (Objects.requireNonNull(tolerance, "tolerance").isNegative()) {
        throw new IllegalArgumentException("tolerance must not be negative, got " + tolerance);
      }
      this.tolerance = tolerance;
      return this;
    }

    /** Sets the clock "now" is read from (default the system UTC clock); for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @throws NullPointerException if no secret was set
     * @throws IllegalArgumentException if the secret is blank
     */
    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}
