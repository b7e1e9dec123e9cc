package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the three auto-configurations share: the common properties applied to a builder, the
 * required credentials checked, and the builder's {@link ValidationException} turned into a {@link
 * ClientPropertiesException} that names the property.
 */
final class ClientBuilderSettings {
  private ClientBuilderSettings() {}

  /** Applies the options every client has; unset ones keep the builder's defaults. */
  static void applyCommon(ClientBuilder<?, ?> builder, CommonClientProperties properties) {
    if (properties.baseUrl() != null) {
      builder.baseUrl(properties.baseUrl());
    }
    if (properties.connectTimeout() != null) {
      builder.connectTimeout(properties.connectTimeout());
    }
    if (properties.readTimeout() != null) {
      builder.readTimeout(properties.readTimeout());
    }
    if (properties.writeTimeout() != null) {
      builder.writeTimeout(properties.writeTimeout());
    }
    if (properties.callTimeout() != null) {
      builder.callTimeout(properties.callTimeout());
    }
    if (properties.responseHeadersTimeout() != null) {
      builder.responseHeadersTimeout(properties.responseHeadersTimeout());
    }
    if (properties.responseBodyTimeout() != null) {
      builder.responseBodyTimeout(properties.responseBodyTimeout());
    }
    if (properties.maxRetries() != null) {
      builder.maxRetries(properties.maxRetries());
    }
    if (properties.logLevel() != null) {
      builder.logLevel(properties.logLevel());
    }
    if (properties.applicationName() != null) {
      builder.applicationName(properties.applicationName());
    }
    if (properties.maxResponseBodySize() != null) {
      builder.maxResponseBodySize(properties.maxResponseBodySize().toBytes());
    }
  }

  /**
   * Checks that every property of {@code required} (name relative to {@code prefix}, and value)
   * has a non-blank value.
   *
   * @throws ClientPropertiesException naming every missing property
   */
  static void requireSet(String prefix, String clientName, Map<String, Object> required) {
    List<String> missing = new ArrayList<>();
    required.forEach((name, value) -> {
      if (value == null || value.toString().isBlank()) {
        missing.add(prefix + "." + name);
      }
    });
    if (!missing.isEmpty()) {
      throw new ClientPropertiesException(clientName, prefix, missing,
          (missing.size() == 1 ? " is" : " are") + " not set, while another " + prefix + " credential is", null);
    }
  }

  /** Returns an ordered map of the required properties, for {@link #requireSet}. */
  static Map<String, Object> required(Object... nameValuePairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < nameValuePairs.length; i += 2) {
      map.put((String) nameValuePairs[i], nameValuePairs[i + 1]);
    }
    return map;
  }

  /**
   * Runs {@code creation} (which applies properties and customizers and may build the client).
   *
   * @throws ClientPropertiesException naming the property behind the builder's {@link ValidationException}
   */
  static <T> T create(String prefix, String clientName, Supplier<T> creation) {
    try {
      return creation.get();
    } catch (ValidationException e) {
      String message = e.getMessage();
      String problem = message.startsWith(e.field() + ": ") ? message.substring(e.field().length() + 2) : message;
      throw new ClientPropertiesException(clientName, prefix, List.of(propertyName(prefix, e.field())),
          ": " + problem, e);
    }
  }

  /**
   * Checks a health indicator's settings: a deadline of a check that is positive (zero would mean
   * none) and a cache time that is not negative.
   *
   * @throws ClientPropertiesException naming the property out of range
   */
  static void checkHealth(String prefix, String clientName, HealthCheckProperties health) {
    if (health.timeout().isNegative() || health.timeout().isZero()) {
      throw new ClientPropertiesException(clientName, prefix, List.of(prefix + ".health.timeout"),
          ": must be positive (every check has a deadline), got " + health.timeout(), null);
    }
    if (health.cacheTimeToLive().isNegative()) {
      throw new ClientPropertiesException(clientName, prefix, List.of(prefix + ".health.cache-time-to-live"),
          ": must not be negative, got " + health.cacheTimeToLive(), null);
    }
  }

  /**
   * Returns the property a builder field maps to: {@code baseUrl} under {@code commerce.kiliba} is
   * {@code commerce.kiliba.base-url}, and {@code retryPolicy.maxRetries} (what {@code maxRetries(n)}
   * validates) is {@code commerce.kiliba.max-retries}.
   */
  static String propertyName(String prefix, String field) {
    if (field.equals("retryPolicy.maxRetries")) {
      field = "maxRetries";
    }
    StringBuilder name = new StringBuilder(prefix).append('.');
    for (char c : field.toCharArray()) {
      if (Character.isUpperCase(c)) {
        name.append('-').append(Character.toLowerCase(c));
      } else {
        name.append(c);
      }
    }
    return name.toString().toLowerCase(Locale.ROOT);
  }
}
