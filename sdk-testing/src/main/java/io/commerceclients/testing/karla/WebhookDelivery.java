package io.commerceclients.testing.karla;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs an event body as Karla does and POSTs it to a webhook URL. */
final class WebhookDelivery {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private WebhookDelivery() {}

  /** Returns {@code t=<seconds>,v1=<hex HMAC-SHA256 of t + "." + body>}. */
  static String signature(String secret, Instant at, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      long seconds = at.getEpochSecond();
      mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
      StringBuilder hex = new StringBuilder();
      for (byte b : mac.doFinal(body)) {
        hex.append(String.format("%02x", b & 0xff));
      }
      return "t=" + seconds + ",v1=" + hex;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** POSTs the signed body and returns the receiver's status code. */
  static int post(String url, String secret, Instant at, byte[] body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("Karla-Signature", signature(secret, at, body))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("webhook delivery to " + url + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while delivering a webhook", e);
    }
  }
}
