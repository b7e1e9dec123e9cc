package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.core.logging.HttpLogLevel;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code commerce.kibo.*} properties: the {@code KiboImportExportClient} bean is created once
 * {@code tenant-id}, {@code client-id} or {@code shared-secret} is set, and then needs all three.
 * Unset options keep the SDK builder's defaults.
 *
 * @param enabled whether to create the KiboImportExportClient bean when a commerce.kibo credential
 *     is set
 * @param tenantId the tenant id
 * @param clientId the application's client id, such as acme.import.1.0.0.Release
 * @param sharedSecret the application's shared secret, only ever sent to the auth host; never
 *     printed by the actuator endpoints
 * @param siteId the site id, sent as x-vol-site (default none)
 * @param authHost the auth host, a host name such as home.euw1.kibocommerce.com or a full URL
 *     (default home.mozu.com)
 * @param tenantHost the tenant host, such as t12345.sandbox.mozu.com or a full URL, which skips
 *     the tenant lookup (default looked up through the auth host)
 * @param masterCatalog the master catalog id, sent as x-vol-master-catalog (default none)
 * @param catalog the catalog id, sent as x-vol-catalog (default none)
 * @param locale the locale code sent as x-vol-locale, such as en-US (default none)
 * @param currency the currency code sent as x-vol-currency, such as USD (default none)
 * @param polling how import and export jobs are polled by default
 * @param baseUrl the tenant's API base URL, same as tenant-host with the /api/ path (default
 *     looked up through the auth host)
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
 * @param maxDownloadSize the largest file, log or export downloaded (default 10GB)
 * @param health the settings of the health indicator, which exists only when
 *     management.health.kibo.enabled=true
 */
@ConfigurationProperties("commerce.kibo")
public record KiboImportExportProperties(
    @DefaultValue("true") boolean enabled,
    Long tenantId,
    String clientId,
    String sharedSecret,
    Long siteId,
    String authHost,
    String tenantHost,
    Integer masterCatalog,
    Integer catalog,
    String locale,
    String currency,
    @NestedConfigurationProperty Polling polling,
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
    DataSize maxDownloadSize,
    @NestedConfigurationProperty HealthCheckProperties health) implements CommonClientProperties {

  /** Fills unset polling and health sections with their defaults. */
  public KiboImportExportProperties {
    polling = polling != null ? polling : new Polling(null, null, null, null, null, null);
    health = health != null ? health : HealthCheckProperties.defaults();
  }

  /** Describes the properties with the shared secret masked. */
  @Override
  public String toString() {
    return "KiboImportExportProperties{enabled=" + enabled + ", tenantId=" + tenantId + ", clientId=" + clientId
        + ", sharedSecret=" + Masked.of(sharedSecret) + ", siteId=" + siteId + ", authHost=" + authHost
        + ", tenantHost=" + tenantHost + ", masterCatalog=" + masterCatalog + ", catalog=" + catalog + ", locale="
        + locale + ", currency=" + currency + ", polling=" + polling + ", baseUrl=" + baseUrl + ", connectTimeout="
        + connectTimeout + ", readTimeout=" + readTimeout + ", writeTimeout=" + writeTimeout + ", callTimeout="
        + callTimeout + ", responseHeadersTimeout=" + responseHeadersTimeout
        + ", responseBodyTimeout=" + responseBodyTimeout + ", maxRetries=" + maxRetries + ", logLevel="
        + logLevel + ", applicationName="
        + applicationName + ", maxResponseBodySize=" + maxResponseBodySize + ", maxDownloadSize=" + maxDownloadSize
        + ", health=" + health + "}";
  }

  /**
   * How jobs are polled ({@code commerce.kibo.polling.*}): the first poll after {@code
   * initial-delay}, then every {@code interval}, growing by {@code multiplier} up to {@code
   * max-interval}, until {@code timeout} or {@code max-attempts}. Unset fields keep the SDK's
   * defaults.
   *
   * @param initialDelay the wait before the first poll (default none)
   * @param interval the wait between the first polls (default 2s)
   * @param multiplier the growth of the interval after each poll, 1 for a fixed interval
   *     (default 1.5)
   * @param maxInterval the longest interval (default 30s)
   * @param timeout the overall time limit of a wait (default 30m)
   * @param maxAttempts the most polls made (default unlimited)
   */
  public record Polling(
      Duration initialDelay,
      Duration interval,
      Double multiplier,
      Duration maxInterval,
      Duration timeout,
      Integer maxAttempts) {

    /** Returns true when at least one field is set. */
    boolean isSet() {
      return initialDelay != null || interval != null || multiplier != null || maxInterval != null
          || timeout != null || maxAttempts != null;
    }
  }
}
