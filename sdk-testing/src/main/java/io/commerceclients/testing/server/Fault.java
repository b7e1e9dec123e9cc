package io.commerceclients.testing.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A failure a fake plays instead of (or on top of) its normal answer: an error status (with or
 * without {@code Retry-After}), a dropped connection, a delay, a body cut short, a body that
 * trickles, or malformed JSON.
 */
public final class Fault {
  private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

  enum Kind { STATUS, CONNECTION_RESET, ANSWER_LOST, DELAY, TRUNCATED_BODY, TRICKLE }

  final Kind kind;
  final int status;
  final String body;
  final Duration delay;
  final List<Map.Entry<String, String>> headers;

  private Fault(Kind kind, int status, String body, Duration delay, List<Map.Entry<String, String>> headers) {
    this.kind = kind;
    this.status = status;
    this.body = body;
    this.delay = delay;
    this.headers = List.copyOf(headers);
  }

  /**
   * Answers {@code status} with a small JSON error body.
   *
   * @throws IllegalArgumentException if {@code status} is not between 200 and 599
   */
  public static Fault status(int status) {
    return status(status, "{\"message\":\"injected fault\"}");
  }

  /**
   * Answers {@code status} with the given body (sent as JSON).
   *
   * @throws IllegalArgumentException if {@code status} is not between 200 and 599
   * @throws NullPointerException if {@code body} is null
   */
  public static Fault status(int status, String body) {
    if (status < 200 || status > 599) {
      throw new IllegalArgumentException("a fault's status must be between 200 and 599, got " + status);
    }
    return new Fault(Kind.STATUS, status, Objects.requireNonNull(body, "body"), Duration.ZERO, List.of());
  }

  /**
   * Answers 429 with {@code Retry-After: seconds}.
   *
   * @throws IllegalArgumentException if {@code retryAfterSeconds} is negative
   */
  public static Fault rateLimited(int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must be >= 0, got " + retryAfterSeconds);
    }
    return status(429).withHeader("Retry-After", Integer.toString(retryAfterSeconds));
  }

  /** Answers 200 with a body that is not valid JSON. */
  public static Fault malformedJson() {
    return status(200, "{\"truncated\": [1, 2");
  }

  /**
   * Reads the request (as much of its body as the record keeps, {@link RecordedRequest#MAX_BODY}
   * bytes) and drops the connection without answering (the client sees the stream end).
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, null, Duration.ZERO, List.of());
  }

  /**
   * Handles the request as usual (what it creates or changes stays done), then drops the connection
   * without answering: the server did the work, but the client never learns it.
   */
  public static Fault answerLost() {
    return new Fault(Kind.ANSWER_LOST, 0, null, Duration.ZERO, List.of());
  }

  /**
   * Waits {@code delay} before the normal answer (longer than the client's read timeout to force one).
   *
   * @throws IllegalArgumentException if {@code delay} is negative
   * @throws NullPointerException if {@code delay} is null
   */
  public static Fault delay(Duration delay) {
    if (Objects.requireNonNull(delay, "delay").isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, got " + delay);
    }
    return new Fault(Kind.DELAY, 0, null, delay, List.of());
  }

  /** Sends the normal answer's headers with its full length but only half its body, then drops the connection. */
  public static Fault truncatedBody() {
    return new Fault(Kind.TRUNCATED_BODY, 0, null, Duration.ZERO, List.of());
  }

  /**
   * Sends the normal answer's headers at once and then its body one byte every {@code interval}, so
   * that a read timeout longer than {@code interval} never fires: the answer of a server that
   * trickles, for testing the client's bound on the time a body may take.
   */
  public static Fault trickle(Duration interval) {
    if (interval == null || interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be a positive duration, got " + interval);
    }
    return new Fault(Kind.TRICKLE, 0, null, interval, List.of());
  }

  /**
   * Returns a copy that also sends the header (for {@link #status} faults).
   *
   * @throws IllegalArgumentException if the name is not an HTTP token or the value holds a line break
   * @throws NullPointerException if either is null
   */
  public Fault withHeader(String name, String value) {
    if (!TOKEN.matcher(Objects.requireNonNull(name, "name")).matches()) {
      throw new IllegalArgumentException("not an HTTP header name: " + name);
    }
    if (Objects.requireNonNull(value, "value").indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("the value of header " + name + " holds a line break");
    }
    List<Map.Entry<String, String>> more = new ArrayList<>(headers);
    more.add(Map.entry(name, value));
    return new Fault(kind, status, body, delay, more);
  }

  @Override
  public String toString() {
    switch (kind) {
      case STATUS:
        return "status " + status + (headers.isEmpty() ? "" : " " + headers);
      case DELAY:
        return "delay " + delay.toMillis() + " ms";
      case TRICKLE:
        return "trickle, a byte every " + delay.toMillis() + " ms";
      default:
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
  }
}
