package io.commerceclients.karla.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.karla.model.Samples;
import io.commerceclients.karla.model.webhook.CarrierHealthUpdate;
import io.commerceclients.karla.model.webhook.ShipmentUpdateData;
import io.commerceclients.karla.model.webhook.WebhookEvent;
import io.commerceclients.karla.webhook.WebhookVerificationException.Reason;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  private static final String SECRET = "whsec_0123456789abcdef";
  private static final long T = 1_710_400_463L;
  private static final Clock AT_T = Clock.fixed(Instant.ofEpochSecond(T), ZoneOffset.UTC);
  private static final String BODY = Samples.text("webhook-event.json");

  /** The expected signature, computed here independently of the SDK with the JDK's Mac. */
  private static String jdkSignature(String secret, long timestamp, String body) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  private static WebhookVerifier verifier() {
    return WebhookVerifier.builder().secret(SECRET).clock(AT_T).build();
  }

  @Test
  void acceptsAnIndependentlyComputedSignatureAndParsesTheEnvelope() throws Exception {
    String header = "t=" + T + ",v1=" + jdkSignature(SECRET, T, BODY);

    WebhookEvent event = verifier().verify(BODY, header);

    assertEquals(Optional.of("karla"), event.source());
    assertEquals(Optional.of("shipments/095be615-a8ad-4c33-8e9c-c7612fbf6c9f"), event.ref());
    assertEquals(Optional.of("1"), event.version());
    assertEquals(
        Optional.of(OffsetDateTime.parse("2024-03-14T07:14:23Z")), event.triggeredAt());
    assertEquals(Optional.of("shipment_updates"), event.eventGroup());
    assertEquals("gokarla", event.context().get("shop_slug"));
    ShipmentUpdateData data = event.shipmentUpdate().orElseThrow();
    assertEquals(Optional.of("095be615-a8ad-4c33-8e9c-c7612fbf6c9f"), data.shipmentUuid());
    assertEquals(Optional.of("OUT_FOR_DELIVERY"), data.newEvents().get(0).eventKey());
    assertEquals(Optional.of(new BigDecimal("13.4")), data.collectionPoint().get().longitude());
    assertEquals(Optional.of("2024-03-15T12:00:00Z"), data.expectedDelivery().get().to());
    assertTrue(event.carrierHealthUpdate().isEmpty());
  }

  @Test
  void signerProducesTheSameHeaderAsTheJdk() throws Exception {
    String header = WebhookSigner.of(SECRET).sign(BODY, Instant.ofEpochSecond(T));
    assertEquals("t=" + T + ",v1=" + jdkSignature(SECRET, T, BODY), header);
  }

  @Test
  void rejectsAWrongSecret() throws Exception {
    String header = "t=" + T + ",v1=" + jdkSignature("another-secret-0000", T, BODY);
    assertReason(Reason.SIGNATURE_MISMATCH, () -> verifier().verify(BODY, header));
  }

  @Test
  void rejectsATamperedBody() throws Exception {
    String header = "t=" + T + ",v1=" + jdkSignature(SECRET, T, BODY);
    String tampered = BODY.replace("OUT_FOR_DELIVERY", "SUCCESSFULLY_DELIVERED");
    assertReason(Reason.SIGNATURE_MISMATCH, () -> verifier().verify(tampered, header));
  }

  @Test
  void rejectsATamperedTimestamp() throws Exception {
    String header = "t=" + (T + 1) + ",v1=" + jdkSignature(SECRET, T, BODY);
    assertReason(Reason.SIGNATURE_MISMATCH, () -> verifier().verify(BODY, header));
  }

  @Test
  void rejectsStaleAndFutureTimestampsButAcceptsTheEdge() throws Exception {
    long stale = T - 301;
    String staleHeader = "t=" + stale + ",v1=" + jdkSignature(SECRET, stale, BODY);
    assertReason(Reason.TIMESTAMP_OUT_OF_TOLERANCE, () -> verifier().verify(BODY, staleHeader));
    long future = T + 301;
    String futureHeader = "t=" + future + ",v1=" + jdkSignature(SECRET, future, BODY);
    assertReason(Reason.TIMESTAMP_OUT_OF_TOLERANCE, () -> verifier().verify(BODY, futureHeader));
    long edge = T - 300;
    verifier().verify(BODY, "t=" + edge + ",v1=" + jdkSignature(SECRET, edge, BODY));
  }

  @Test
  void toleranceIsConfigurable() throws Exception {
    long old = T - 3600;
    String header = "t=" + old + ",v1=" + jdkSignature(SECRET, old, BODY);
    WebhookVerifier lenient =
        WebhookVerifier.builder().secret(SECRET).clock(AT_T).tolerance(Duration.ofHours(2)).build();
    lenient.verify(BODY, header);
  }

  @Test
  void acceptsAnyOfSeveralSignaturesAndUppercaseHex() throws Exception {
    String good = jdkSignature(SECRET, T, BODY);
    String header = "t=" + T + ", v1=" + "00".repeat(32) + ", v1=" + good.toUpperCase();
    verifier().verify(BODY, header);
  }

  @Test
  void timestampsWhoseDistanceOverflowsAreOutOfToleranceOrMalformed() throws Exception {
    long wrapsToMinus = T + Long.MIN_VALUE;
    String negative = "t=" + wrapsToMinus + ",v1=" + jdkSignature(SECRET, wrapsToMinus, BODY);
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, negative));

    Clock earliest = Clock.fixed(Instant.MIN, ZoneOffset.UTC);
    long far = Instant.MIN.getEpochSecond() - Long.MIN_VALUE;
    String header = "t=" + far + ",v1=" + jdkSignature(SECRET, far, BODY);
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
        () -> WebhookVerifier.builder().secret(SECRET).clock(earliest).build().verify(BODY, header));
    assertEquals(Reason.TIMESTAMP_OUT_OF_TOLERANCE, e.reason());
    assertEquals("the signature timestamp is 9223372036854775808 s in the future, more than the tolerance of 300 s",
        e.getMessage());
  }

  @Test
  void onlyAsciiDigitsAreHexOrSeconds() throws Exception {
    String good = jdkSignature(SECRET, T, BODY);
    StringBuilder otherScripts = new StringBuilder();
    for (char c : good.toCharArray()) {
      otherScripts.append(c <= '9' ? (char) ('\u0660' + c - '0') : (char) ('\uFF41' + c - 'a'));
    }
    assertReason(Reason.SIGNATURE_MISMATCH, () -> verifier().verify(BODY, "t=" + T + ",v1=" + otherScripts));
    StringBuilder arabicSeconds = new StringBuilder();
    for (char c : Long.toString(T).toCharArray()) {
      arabicSeconds.append((char) ('\u0660' + c - '0'));
    }
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "t=" + arabicSeconds + ",v1=" + good));
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "t=+" + T + ",v1=" + good));
  }

  @Test
  void rejectsASecondTimestamp() throws Exception {
    String good = jdkSignature(SECRET, T, BODY);
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "t=" + T + ",t=" + T + ",v1=" + good));
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "t=1,v1=" + good + ",t=" + T));
  }

  @Test
  void rejectsMissingAndMalformedHeaders() {
    assertReason(Reason.MISSING_SIGNATURE, () -> verifier().verify(BODY, null));
    assertReason(Reason.MISSING_SIGNATURE, () -> verifier().verify(BODY, " "));
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "v1=abcd"));
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "t=" + T));
    assertReason(Reason.MALFORMED_SIGNATURE, () -> verifier().verify(BODY, "t=soon,v1=ab"));
    assertReason(Reason.SIGNATURE_MISMATCH, () -> verifier().verify(BODY, "t=" + T + ",v1=xyz"));
  }

  @Test
  void rejectsASignedBodyThatIsNotAnEvent() {
    String body = "not json";
    String header = WebhookSigner.of(SECRET).sign(body, Instant.ofEpochSecond(T));
    assertReason(Reason.INVALID_PAYLOAD, () -> verifier().verify(body, header));
  }

  @Test
  void rejectsASignedNullScalarOrArrayBodyNamingWhatItIs() {
    String[][] cases = {{"null", "the JSON null"}, {"7", "a JSON scalar"}, {"\"text\"", "a JSON scalar"},
        {"false", "a JSON scalar"}, {"[]", "a JSON array"}, {"[{}]", "a JSON array"}, {"", "empty"}};
    for (String[] c : cases) {
      String header = WebhookSigner.of(SECRET).sign(c[0], Instant.ofEpochSecond(T));
      WebhookVerificationException e = assertThrows(WebhookVerificationException.class,
          () -> verifier().verify(c[0], header), c[0]);
      assertEquals(Reason.INVALID_PAYLOAD, e.reason());
      assertEquals("the webhook body is " + c[1] + ", not a Karla event object", e.getMessage());
    }
  }

  @Test
  void rejectsASignedEventObjectFollowedByMore() {
    for (String trailer : new String[] {" junk", " {}", "[1]"}) {
      String body = BODY + trailer;
      String header = WebhookSigner.of(SECRET).sign(body, Instant.ofEpochSecond(T));
      assertReason(Reason.INVALID_PAYLOAD, () -> verifier().verify(body, header));
    }
  }

  @Test
  void readsCarrierHealthUpdates() {
    String body =
        "{\"event_group\":\"carrier_health\",\"event_data\":{\"carrier_reference\":\"dhl\","
            + "\"api_key_id\":\"k1\",\"healthy\":false,\"updated_at\":\"2024-03-14T07:14:23Z\"}}";
    String header = WebhookSigner.of(SECRET).withClock(AT_T).sign(body);
    CarrierHealthUpdate update = verifier().verify(body, header).carrierHealthUpdate().orElseThrow();
    assertEquals(Optional.of(false), update.healthy());
    assertEquals(Optional.of("dhl"), update.carrierReference());
  }

  @Test
  void secretsNeverAppearInToString() {
    assertFalse(verifier().toString().contains(SECRET));
    assertFalse(WebhookSigner.of(SECRET).toString().contains(SECRET));
    assertThrows(IllegalArgumentException.class, () -> WebhookSigner.of("  "));
  }

  private static void assertReason(Reason reason, Runnable call) {
    WebhookVerificationException e = assertThrows(WebhookVerificationException.class, call::run);
    assertEquals(reason, e.reason(), e.getMessage());
  }
}
