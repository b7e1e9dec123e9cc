package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.core.logging.HttpLogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code commerce.kiliba.*} properties: the {@code KilibaClient} bean is created once {@code
 * api-key} is set. Unset options keep the SDK builder's defaults.
 *
 * @param enabled whether to create the KilibaClient bean when commerce.kiliba.api-key is set
 * @param apiKey the API key from the Integrations page of the Kiliba dashboard, sent as
 *     X-API-Key; never printed by the actuator endpoints
 * @param baseUrl Kiliba's base URL; https://preprod.api.kiliba.ai for pre-production, default
 *     https://api.kiliba.ai
 * @param connectTimeout the time allowed to open a connection (default 10s)
 * @param readTimeout the longest silence allowed while reading a response (default 60s)
 * @param writeTimeout the longest stall allowed while sending a request (default 60s)
 * @param callTimeout the deadline of a whole call, retries included (default none)
 * @param responseHeadersTimeout the most time an answer's status line and headers may take to
 *     arrive once the request has been written, 0 for none (default the read timeout)
 * @param responseBodyTimeout the most time a JSON or error answer's body may take to arrive whole
 *     once its headers have come, 0 for none (default the read timeout)
 * @param maxRetries how many retries follow a failed attempt, 0 for none (default 2)
 * @param logLevel how much of each exchange is logged, secrets masked: none, basic, headers or
 *     body (default the COMMERCE_CLIENTS_LOG environment variable, else none)
 * @param applicationName a name such as order-sync/2.3 appended to the User-Agent
 * @param maxResponseBodySize the largest JSON answer read (default 16MB)
 * @param health the settings of the health indicator, which exists only when
 *     management.health.kiliba.enabled=true
 */
@ConfigurationProperties("commerce.kiliba")
public record KilibaProperties(
    @DefaultValue("true") boolean enabled,
    String apiKey,
    String baseUrl,
    Duration connectTimeout,
    Duration readTimeout,
    Duration writeTimeout,
    Duration callTimeout,
    Duration responseHeadersTimeout,
    Duration responseBodyTimeout,
    Integer maxRetries,
    HttpLogLevel logLevel,
    String applicationName,
    DataSize maxResponseBodySize,
    @NestedConfigurationProperty HealthCheckProperties health) implements CommonClientProperties {

  /** Fills an unset health section with its defaults. */
  public KilibaProperties {
    health = health != null ? health : HealthCheckProperties.defaults();
  }

  /** Describes the properties with the API key masked. */
  @Override
  public String toString() {
    return "KilibaProperties{enabled=" + enabled + ", apiKey=" + Masked.of(apiKey) + ", baseUrl=" + baseUrl
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout
        + ", callTimeout=" + callTimeout + ", responseHeadersTimeout=" + responseHeadersTimeout
        + ", responseBodyTimeout=" + responseBodyTimeout + ", maxRetries=" + maxRetries
        + ", logLevel=" + logLevel
        + ", applicationName=" + applicationName + ", maxResponseBodySize=" + maxResponseBodySize
        + ", health=" + health + "}";
  }
}
