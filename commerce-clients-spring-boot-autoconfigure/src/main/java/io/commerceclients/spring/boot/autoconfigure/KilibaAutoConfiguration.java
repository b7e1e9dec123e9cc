package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.kiliba.KilibaClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Creates a {@link KilibaClient} bean from the {@code commerce.kiliba.*} properties once {@code
 * commerce.kiliba.api-key} is set, unless the application defines its own; {@link
 * KilibaClientBuilderCustomizer} beans adjust the builder. The client is closed with the context.
 */
@AutoConfiguration
@ConditionalOnClass(KilibaClient.class)
@ConditionalOnBooleanProperty(name = {KilibaAutoConfiguration.PREFIX + ".enabled",
    KilibaAutoConfiguration.ALIAS_ENABLED}, matchIfMissing = true)
@EnableConfigurationProperties(KilibaProperties.class)
public final class KilibaAutoConfiguration {
  static final String PREFIX = "commerce.kiliba";
  /**
   * A second name for {@code commerce.kiliba.enabled}, as the design notes spell it; either set to
   * false turns the API off.
   */
  static final String ALIAS_ENABLED = "commerce.clients.kiliba.enabled";
  private static final String CLIENT = "KilibaClient";

  /** Creates the auto-configuration (Spring Boot does). */
  public KilibaAutoConfiguration() {}

  /**
   * Returns the client built from the properties and the customizers.
   *
   * @throws ClientPropertiesException if a property is invalid
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  @ConditionalOnAnyProperty(prefix = PREFIX, name = "api-key")
  public KilibaClient kilibaClient(KilibaProperties properties,
      ObjectProvider<KilibaClientBuilderCustomizer> customizers) {
    return ClientBuilderSettings.create(PREFIX, CLIENT, () -> builder(properties, customizers).build());
  }

  /** Returns a builder with the properties applied, then the customizers in order. */
  static KilibaClient.Builder builder(KilibaProperties properties,
      ObjectProvider<KilibaClientBuilderCustomizer> customizers) {
    KilibaClient.Builder builder = KilibaClient.builder();
    ClientBuilderSettings.applyCommon(builder, properties);
    builder.apiKey(properties.apiKey());
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder;
  }
}
