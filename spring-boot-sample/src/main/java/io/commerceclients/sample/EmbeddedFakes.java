package io.commerceclients.sample;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.FakeApi;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Before the context starts, starts the fake of every API whose credentials are not configured
 * ({@code commerce.kiliba.api-key}, {@code commerce.karla.api-key}, {@code
 * commerce.kibo.client-id}, in any form Spring reads: properties, {@code COMMERCE_KILIBA_APIKEY}...),
 * points that API's properties at it, registers it as a bean (the report seeds it), and stops it
 * when the context closes.
 */
final class EmbeddedFakes implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    ConfigurableEnvironment environment = context.getEnvironment();
    Binder binder = Binder.get(environment);
    Map<String, Object> properties = new LinkedHashMap<>();
    if (!isSet(binder, "commerce.kiliba.api-key")) {
      FakeKiliba kiliba = start(context, "fakeKiliba", FakeKiliba.started());
      properties.put("commerce.kiliba.base-url", kiliba.baseUrl());
      properties.put("commerce.kiliba.api-key", kiliba.apiKey());
    }
    if (!isSet(binder, "commerce.karla.api-key")) {
      FakeKarla karla = start(context, "fakeKarla", FakeKarla.started());
      properties.put("commerce.karla.base-url", karla.baseUrl());
      properties.put("commerce.karla.username", karla.username());
      properties.put("commerce.karla.api-key", karla.apiKey());
    }
    if (!isSet(binder, "commerce.kibo.client-id")) {
      FakeKibo kibo = start(context, "fakeKibo", FakeKibo.started());
      properties.put("commerce.kibo.auth-host", kibo.baseUrl());
      properties.put("commerce.kibo.tenant-id", kibo.tenantId());
      properties.put("commerce.kibo.client-id", kibo.clientId());
      properties.put("commerce.kibo.shared-secret", kibo.sharedSecret());
    }
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedFakes", properties));
  }

  private static <F extends FakeApi> F start(ConfigurableApplicationContext context, String name, F fake) {
    context.getBeanFactory().registerSingleton(name, fake);
    context.addApplicationListener(event -> {
      if (event instanceof ContextClosedEvent) {
        fake.close();
      }
    });
    return fake;
  }

  private static boolean isSet(Binder binder, String property) {
    return binder.bind(property, String.class).map(value -> !value.isBlank()).orElse(false);
  }
}
