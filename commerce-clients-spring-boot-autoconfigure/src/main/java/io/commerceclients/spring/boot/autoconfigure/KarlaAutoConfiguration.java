package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.karla.KarlaClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates a {@link KarlaClient} bean from the {@code commerce.karla.*} properties once {@code
 * username}, {@code api-key} or {@code shop} is set, unless the application defines its own;
 * {@link KarlaClientBuilderCustomizer} beans adjust the builder. The client is closed with the
 * context.
 */
@AutoConfiguration
@ConditionalOnClass(KarlaClient.class)
@ConditionalOnBooleanProperty(name = {KarlaAutoConfiguration.PREFIX + ".enabled",
    KarlaAutoConfiguration.ALIAS_ENABLED}, matchIfMissing = true)
@EnableConfigurationProperties(KarlaProperties.class)
public final class KarlaAutoConfiguration {
  static final String PREFIX = "commerce.karla";
  /**
   * A second name for {@code commerce.karla.enabled}, as the design notes spell it; either set to
   * false turns the API off.
   */
  static final String ALIAS_ENABLED = "commerce.clients.karla.enabled";
  private static final String CLIENT = "KarlaClient";

  /** Creates the auto-configuration (Spring Boot does). */
  public KarlaAutoConfiguration() {}

  /**
   * Returns the client built from the properties and the customizers.
   *
   * @throws ClientPropertiesException if the API key, or both the username and the shop, are
   *     missing, or a property is invalid
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnAnyProperty(prefix = PREFIX, name = {"username", "api-key", "shop"})
  public KarlaClient karlaClient(KarlaProperties properties, ObjectProvider<KarlaClientBuilderCustomizer> customizers) {
    return ClientBuilderSettings.create(PREFIX, CLIENT, () -> builder(properties, customizers).build());
  }

  /**
   * Returns a builder with the properties applied, then the customizers in order.
   *
   * @throws ClientPropertiesException if the API key, or both the username and the shop, are missing
   */
  static KarlaClient.Builder builder(KarlaProperties properties,
      ObjectProvider<KarlaClientBuilderCustomizer> customizers) {
    ClientBuilderSettings.requireSet(PREFIX, CLIENT, ClientBuilderSettings.required("api-key", properties.apiKey()));
    if (isBlank(properties.username()) && isBlank(properties.shop())) {
      throw new ClientPropertiesException(CLIENT, PREFIX, java.util.List.of(PREFIX + ".username", PREFIX + ".shop"),
          ": neither is set (the username defaults to the shop slug, and the shop to the username)", null);
    }
    KarlaClient.Builder builder = KarlaClient.builder();
    ClientBuilderSettings.applyCommon(builder, properties);
    builder.apiKey(properties.apiKey());
    if (!isBlank(properties.username())) {
      builder.username(properties.username());
    }
    if (!isBlank(properties.shop())) {
      builder.shop(properties.shop());
    }
    if (properties.karlaVersion() != null) {
      builder.karlaVersion(properties.karlaVersion());
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
