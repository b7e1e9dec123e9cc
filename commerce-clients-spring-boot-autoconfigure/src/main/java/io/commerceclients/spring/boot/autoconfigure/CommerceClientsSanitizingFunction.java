package io.commerceclients.spring.boot.autoconfigure;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks the clients' secrets in {@code /actuator/configprops} and {@code /actuator/env} even where
 * {@code show-values} lets other values through: every {@code commerce.*} key ending in {@code
 * api-key} or {@code shared-secret}, in any of Spring's relaxed forms ({@code apiKey}, {@code
 * COMMERCE_KILIBA_APIKEY}), and the SDK's own environment variables {@code KILIBA_API_KEY}, {@code
 * KARLA_API_KEY} and {@code KIBO_SHARED_SECRET}; and, inside any other value, such a secret assigned
 * on a command line or in JVM options ({@code sun.java.command} with {@code
 * --commerce.kiliba.api-key=...}, {@code JAVA_TOOL_OPTIONS} with {@code -Dcommerce.kibo.shared-secret=...}),
 * whose value alone is masked.
 */
public final class CommerceClientsSanitizingFunction implements SanitizingFunction {
  private static final Set<String> SDK_VARIABLES = Set.of("KILIBA_API_KEY", "KARLA_API_KEY", "KIBO_SHARED_SECRET");
  /** A {@code name=value} (or {@code name: value}) inside a value, after an optional {@code --} or {@code -D}. */
  private static final Pattern ASSIGNMENT =
      Pattern.compile("(?:--|-D)?([A-Za-z][A-Za-z0-9_.\\-]*)\\s*[=:]\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"']+)");

  /** Creates the function. */
  public CommerceClientsSanitizingFunction() {}

  /**
   * Returns {@code data} with its value masked when its key names one of the clients' secrets, or
   * with the secrets assigned inside its value masked.
   */
  @Override
  public SanitizableData apply(SanitizableData data) {
    if (data.getValue() == null) {
      return data;
    }
    if (isSecret(data.getKey())) {
      return data.withSanitizedValue();
    }
    if (data.getValue() instanceof CharSequence) {
      String value = data.getValue().toString();
      String masked = maskAssignedSecrets(value);
      return masked.equals(value) ? data : data.withValue(masked);
    }
    return data;
  }

  /**
   * Returns {@code value} with the value of every assignment in it ({@code name=value}) whose name
   * {@link #isSecret} recognises masked: one rule for keys and for names inside values.
   */
  static String maskAssignedSecrets(String value) {
    Matcher assignment = ASSIGNMENT.matcher(value);
    StringBuilder masked = new StringBuilder(value.length());
    int copied = 0;
    while (assignment.find()) {
      if (isSecret(assignment.group(1))) {
        masked.append(value, copied, assignment.start(2)).append(SanitizableData.SANITIZED_VALUE);
        copied = assignment.end(2);
      }
    }
    return copied == 0 ? value : masked.append(value, copied, value.length()).toString();
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
