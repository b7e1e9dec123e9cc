package io.commerceclients.core.internal.http;

import java.io.InputStream;
import java.util.Properties;

/** Builds the User-Agent: {@code commerce-clients-java/<version> (<api>; Java <version>) [application]}. */
public final class UserAgent {
  private static final String SDK_VERSION = readVersion();

  private UserAgent() {}

  /** Returns the SDK's version, read from the jar. */
  public static String sdkVersion() {
    return SDK_VERSION;
  }

  /** Returns the User-Agent for a client of {@code apiName}, with the optional application name. */
  public static String of(String apiName, String applicationName) {
    String ua = "commerce-clients-java/" + SDK_VERSION + " (" + apiName + "; Java "
        + System.getProperty("java.version") + ")";
    return applicationName == null ? ua : ua + " " + applicationName;
  }

  private static String readVersion() {
    try (InputStream in = UserAgent.class.getResourceAsStream("/io/commerceclients/core/sdk.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      String v = p.getProperty("version", "dev");
      return v.startsWith("${") ? "dev" : v;
    } catch (Exception e) {
      return "dev";
    }
  }
}
