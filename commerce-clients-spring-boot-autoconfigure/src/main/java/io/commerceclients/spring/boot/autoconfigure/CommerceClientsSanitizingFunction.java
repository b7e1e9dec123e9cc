package io.commerceclients.spring.boot.autoconfigure;

import java.util.Locale;
import java.util.Set;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the clients' secrets in {@code /actuator/configprops} and {@code /actuator/env} even where
 * {@code show-values} lets other values through: every {@code commerce.*} key ending in {@code
 * api-key} or {@code shared-secret}, in any of Spring's relaxed forms ({@code apiKey}, {@code
 * COMMERCE_KILIBA_APIKEY}), and the SDK's own environment variables {@code KILIBA_API_KEY}, {@code
 * KARLA_API_KEY} and {@code KIBO_SHARED_SECRET}.
 */
public final class CommerceClientsSanitizingFunction implements SanitizingFunction {
  private static final Set<String> SDK_VARIABLES = Set.of("KILIBA_API_KEY", "KARLA_API_KEY", "KIBO_SHARED_SECRET");

  /** Creates the function. */
  public CommerceClientsSanitizingFunction() {}

  /** Returns {@code data} with its value masked when its key names one of the clients' secrets. */
  @Override
  public SanitizableData apply(SanitizableData data) {
    return data.getValue() != null && isSecret(data.getKey()) ? data.withSanitizedValue() : data;
  }

  /** Returns true when {@code key} names a secret of the clients' configuration. */
  static boolean isSecret(String key) {
    if (key == null) {
      return false;
    }
    if (SDK_VARIABLES.contains(key.toUpperCase(Locale.ROOT))) {
      return true;
    }
    String flat = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return flat.startsWith("commerce") && (flat.endsWith("apikey") || flat.endsWith("sharedsecret"));
  }
}
