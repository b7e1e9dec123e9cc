package io.commerceclients.karla.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.webhook.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * Deliveries an attacker or a broken proxy could send: the signed text of the timestamp, headers
 * joined by a framework, bodies that are huge, deeply nested, not UTF-8, or whose event data does
 * not read as the event it names. Each is refused with a {@link WebhookVerificationException} of
 * the right reason, never another exception.
 */
class WebhookHostileDeliveryTest {

  private static final String SECRET = "whsec_0123456789abcdef";
  private static final long T = 1_710_400_463L;
  private static final WebhookVerifier VERIFIER = WebhookVerifier.builder().secret(SECRET)
      .clock(Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC)).build();

  /** Karla's signature of {@code t + "." + body}, the timestamp exactly as written, computed with the JDK. */
  private static String v1(String t, byte[] body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    mac.update((t + ".").getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(mac.doFinal(body));
  }

  private static String header(String body) throws Exception {
    return "t=" + T + ",v1=" + v1(Long.toString(T), body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theSignatureCoversTheTimestampAsWrittenNotItsValue() throws Exception {
    byte[] body = "{\"ref\":\"shipments/1\"}".getBytes(StandardCharsets.UTF_8);
    String padded = "000" + T;

    assertEquals("shipments/1", VERIFIER.verify(body, "t=" + padded + ",v1=" + v1(padded, body)).ref().orElseThrow());
    // a signature of "T." rewritten under "t=000T" no longer matches what it claims to sign
    assertReason(Reason.SIGNATURE_MISMATCH, () -> VERIFIER.verify(body, "t=" + padded + ",v1=" + sign(T, body)));
  }

  @Test
  void twoDeliveriesHeadersJoinedByAFrameworkAreMalformedNotAMatch() throws Exception {
    String body = "{\"ref\":\"a\"}";
    String one = header(body);

    assertReason(Reason.MALFORMED_SIGNATURE, () -> VERIFIER.verify(body, one + ", " + one));
    assertReason(Reason.MALFORMED_SIGNATURE, () -> VERIFIER.verify(body, one + "," + "t=" + (T + 1)));
    // only the v1 scheme counts: a v0 (or any other scheme) is never compared
    assertReason(Reason.MALFORMED_SIGNATURE, () -> VERIFIER.verify(body, one.replace("v1=", "v0=")));
  }

  @Test
  void theSignatureIsCheckedBeforeTheBodyIsRead() {
    // an unsigned body is refused for its signature, whatever it holds, and is not parsed
    byte[] junk = new byte[8 * 1024 * 1024];
    java.util.Arrays.fill(junk, (byte) '[');
    String forged = "t=" + T + ",v1=" + "0".repeat(64);

    assertReason(Reason.SIGNATURE_MISMATCH, () -> VERIFIER.verify(junk, forged));
    assertReason(Reason.SIGNATURE_MISMATCH, () -> VERIFIER.verify(new byte[0], forged));
  }

  @Test
  void aHugeSignedBodyIsVerifiedAndRead() throws Exception {
    String body = "{\"ref\":\"r\",\"context\":{\"note\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}}";

    WebhookEvent event = VERIFIER.verify(body, header(body));

    assertEquals(4 * 1024 * 1024, ((String) event.context().get("note")).length());
  }

  @Test
  void aSignedBodyNestedTooDeeplyOrNotUtf8IsAnInvalidPayload() throws Exception {
    String deep = "{\"context\":{\"a\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}}";
    assertReason(Reason.INVALID_PAYLOAD, () -> verify(deep));

    byte[] latin1 = "{\"ref\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    String signed = "t=" + T + ",v1=" + v1(Long.toString(T), latin1);
    assertReason(Reason.INVALID_PAYLOAD, () -> VERIFIER.verify(latin1, signed));
  }

  @Test
  void eventDataThatNamesAShipmentButDoesNotReadAsOneIsAnInvalidPayload() throws Exception {
    assertReason(Reason.INVALID_PAYLOAD,
        () -> verify("{\"event_data\":{\"shipment_uuid\":\"s1\",\"new_events\":\"OUT_FOR_DELIVERY\"}}"));
    assertReason(Reason.INVALID_PAYLOAD,
        () -> verify("{\"event_data\":{\"healthy\":\"perhaps\",\"carrier_reference\":\"dhl\"}}"));
    assertReason(Reason.INVALID_PAYLOAD, () -> verify("{\"event_data\":[\"shipment_uuid\"]}"));
    assertReason(Reason.INVALID_PAYLOAD, () -> verify("{\"triggered_at\":\"yesterday\"}"));

    // what does read keeps reading, and its accessors answer without throwing
    WebhookEvent event = verify("{\"event_data\":{\"shipment_uuid\":\"s1\",\"new_events\":[{\"event_key\":\"X\"}]}}");
    assertEquals("X", event.shipmentUpdate().orElseThrow().newEvents().get(0).eventKey().orElseThrow());
    assertTrue(verify("{\"event_data\":null}").shipmentUpdate().isEmpty());
  }

  @Test
  void theMessageNeverHoldsTheSecretOrTheExpectedSignature() throws Exception {
    String body = "{\"ref\":\"a\"}";
    String expected = header(body).substring(header(body).indexOf("v1=") + 3);
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> VERIFIER.verify(body, "t=" + T + ",v1=" + "ab".repeat(32)));

    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertFalse(e.getMessage().contains(expected), e.getMessage());
  }

  @Test
  void nullArgumentsNameWhatIsMissing() {
    NullPointerException body = assertThrows(NullPointerException.class, () -> VERIFIER.verify((String) null, "t=1,v1=00"));
    assertEquals("rawBody", body.getMessage());
    NullPointerException tolerance = assertThrows(NullPointerException.class,
        () -> WebhookVerifier.builder().tolerance(null));
    assertEquals("tolerance", tolerance.getMessage());
    assertReason(Reason.MISSING_SIGNATURE, () -> VERIFIER.verify("{}", null));
  }

  private static WebhookEvent verify(String body) throws Exception {
    return VERIFIER.verify(body, header(body));
  }

  private static String sign(long t, byte[] body) throws Exception {
    return v1(Long.toString(t), body);
  }

  /** A call that throws a checked exception in a test, run as a {@link Runnable}. */
  @FunctionalInterface
  private interface Call {
    void run() throws Exception;
  }

  private static void assertReason(Reason reason, Call call) {
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class, call::run);
    assertEquals(reason, e.reason(), e.getMessage());
  }
}
