package io.commerceclients.karla.webhook;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The parsed {@code Karla-Signature} header: {@code t=<unix seconds>,v1=<hex>[,v1=<hex>...]}. */
final class SignatureHeader {

  final long timestamp;
  /** The timestamp as written in the header: the text Karla signed, before the '.' and the body. */
  final String signedTimestamp;
  final List<String> signatures;

  private SignatureHeader(long timestamp, String signedTimestamp, List<String> signatures) {
    this.timestamp = timestamp;
    this.signedTimestamp = signedTimestamp;
    this.signatures = signatures;
  }

  static SignatureHeader parse(@Nullable String header) {
    if (header == null || header.isBlank()) {
      throw new WebhookVerificationException(
          WebhookVerificationException.Reason.MISSING_SIGNATURE,
          "the " + WebhookVerifier.SIGNATURE_HEADER + " header is missing");
    }
    Long timestamp = null;
    String signedTimestamp = null;
    List<String> signatures = new ArrayList<>();
    for (String part : header.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) {
        continue;
      }
      String name = part.substring(0, eq).trim();
      String value = part.substring(eq + 1).trim();
      if (name.equals("t")) {
        if (timestamp != null) {
          throw malformed("it has more than one t= timestamp");
        }
        timestamp = seconds(value);
        signedTimestamp = value;
      } else if (name.equals("v1") && !value.isEmpty()) {
        signatures.add(value);
      }
    }
    if (timestamp == null) {
      throw malformed("it has no t= timestamp");
    }
    if (signatures.isEmpty()) {
      throw malformed("it has no v1= signature");
    }
    return new SignatureHeader(timestamp, signedTimestamp, signatures);
  }

  /** Parses Unix seconds written as ASCII digits only: no sign, no other script's digits. */
  private static long seconds(String value) {
    if (value.isEmpty() || value.chars().anyMatch(c -> c < '0' || c > '9')) {
      throw malformed("its timestamp is not a number of seconds");
    }
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw malformed("its timestamp is not a number of seconds");
    }
  }

  private static WebhookVerificationException malformed(String why) {
    return new WebhookVerificationException(
        WebhookVerificationException.Reason.MALFORMED_SIGNATURE,
        "the " + WebhookVerifier.SIGNATURE_HEADER + " header is malformed: " + why);
  }
}
