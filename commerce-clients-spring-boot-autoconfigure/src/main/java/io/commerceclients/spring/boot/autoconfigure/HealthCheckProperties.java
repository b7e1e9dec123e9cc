package io.commerceclients.spring.boot.autoconfigure;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings of a client's health indicator, which exists only when {@code
 * management.health.<api>.enabled=true} is set.
 *
 * @param cacheTimeToLive how long a check's result is reused before the API is asked again; a
 *     rate-limited check is reused at least for the {@code Retry-After} the API sent
 * @param timeout the deadline of one check (its only request, or for Kibo a token, the tenant
 *     lookup and the request on the first check)
 */
public record HealthCheckProperties(
    @DefaultValue("5m") Duration cacheTimeToLive,
    @DefaultValue("5s") Duration timeout) {

  /** Returns the defaults: results reused for 5 minutes, 5 seconds per check. */
  public static HealthCheckProperties defaults() {
    return new HealthCheckProperties(Duration.ofMinutes(5), Duration.ofSeconds(5));
  }

  /** Fills unset fields with the defaults. */
  public HealthCheckProperties {
    cacheTimeToLive = cacheTimeToLive != null ? cacheTimeToLive : Duration.ofMinutes(5);
    timeout = timeout != null ? timeout : Duration.ofSeconds(5);
  }
}
