package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.core.logging.HttpLogLevel;
import java.time.Duration;
import org.springframework.util.unit.DataSize;

/**
 * The options every client's properties share, those of the SDK's {@code ClientBuilder}; a
 * {@code null} leaves the builder's default in place.
 */
public interface CommonClientProperties {

  /** Returns whether the client bean is created at all (default true). */
  boolean enabled();

  /** Returns the API's base URL, or null for the API's production URL. */
  String baseUrl();

  /** Returns the time allowed to open a connection, or null for the SDK's 10 s. */
  Duration connectTimeout();

  /** Returns the longest silence allowed while reading a response, or null for the SDK's 60 s. */
  Duration readTimeout();

  /** Returns the longest stall allowed while sending a request, or null for the SDK's 60 s. */
  Duration writeTimeout();

  /** Returns the deadline of a whole call, retries included, or null for none. */
  Duration callTimeout();

  /** Returns the most time an answer's status line and headers may take to arrive, or null for the read timeout. */
  Duration responseHeadersTimeout();

  /** Returns the most time a JSON or error answer's body may take to arrive whole, or null for the read timeout. */
  Duration responseBodyTimeout();

  /** Returns how many retries follow a failed attempt, or null for the SDK's 2. */
  Integer maxRetries();

  /** Returns how much of each exchange is logged, or null for {@code COMMERCE_CLIENTS_LOG}, else none. */
  HttpLogLevel logLevel();

  /** Returns the name appended to the User-Agent, or null for none. */
  String applicationName();

  /** Returns the largest JSON answer read, or null for the SDK's 16 MB. */
  DataSize maxResponseBodySize();

  /** Returns the settings of the opt-in health indicator. */
  HealthCheckProperties health();
}
