package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerceclients.core.error.ServerException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

class KilibaAutoConfigurationTest {
  @RegisterExtension
  static final FakeKiliba kiliba = new FakeKiliba();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class));

  private ApplicationContextRunner configured() {
    return runner.withPropertyValues("commerce.kiliba.base-url=" + kiliba.baseUrl(),
        "commerce.kiliba.api-key=" + kiliba.apiKey());
  }

  @BeforeEach
  void resetFake() {
    kiliba.reset();
  }

  @Test
  void noClientWithoutApiKey() {
    runner.withPropertyValues("commerce.kiliba.base-url=" + kiliba.baseUrl())
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class)
            .doesNotHaveBean(KilibaProperties.class.getName()));
  }

  @Test
  void blankApiKeyCountsAsUnset() {
    runner.withPropertyValues("commerce.kiliba.api-key=   ")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class));
  }

  @Test
  void clientSendsTheConfiguredKeyToTheConfiguredHost() {
    configured().withPropertyValues("commerce.kiliba.application-name=shop-sync/1.0").run(context -> {
      assertThat(context).hasSingleBean(KilibaClient.class).doesNotHaveBean(KarlaClientBuilderCustomizer.class);
      context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(5).build());

      RecordedRequest request = kiliba.requests().get(0);
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/client/v1/customers/paginated");
      assertThat(request.rawQuery()).contains("limit=5");
      assertThat(request.header("X-API-Key")).contains(kiliba.apiKey());
      assertThat(request.header("User-Agent").orElseThrow()).endsWith(" shop-sync/1.0");
    });
  }

  @Test
  void maxRetriesReachesTheClient() {
    kiliba.faults().failNext(1, Fault.status(503));
    configured().withPropertyValues("commerce.kiliba.max-retries=0").run(context -> {
      KilibaClient client = context.getBean(KilibaClient.class);
      assertThatThrownBy(() -> client.customers().list(ListCustomersRequest.builder().build()))
          .isInstanceOf(ServerException.class);
      assertThat(kiliba.requests()).hasSize(1);
    });
  }

  @Test
  void aNegativeMaxRetriesNamesItsProperty() {
    configured().withPropertyValues("commerce.kiliba.max-retries=-1").run(context ->
        assertThat(KarlaAutoConfigurationTest.rootCause(context.getStartupFailure()).properties())
            .containsExactly("commerce.kiliba.max-retries"));
  }

  @Test
  void defaultRetriesStayOn() {
    kiliba.faults().failNext(1, Fault.status(503));
    configured().run(context -> {
      context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().build());
      assertThat(kiliba.requests()).hasSize(2);
    });
  }

  @Test
  void enabledFalseLeavesTheClientOut() {
    configured().withPropertyValues("commerce.kiliba.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class));
    configured().withPropertyValues("commerce.clients.kiliba.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class));
    configured().withPropertyValues("commerce.clients.kiliba.enabled=true")
        .run(context -> assertThat(context).hasSingleBean(KilibaClient.class));
  }

  @Test
  void applicationsOwnClientWins() {
    KilibaClient own = kiliba.clientBuilder(KilibaClient.Builder.class).applicationName("own").build();
    configured().withBean("myKiliba", KilibaClient.class, () -> own).run(context -> {
      assertThat(context).hasSingleBean(KilibaClient.class);
      assertThat(context.getBean(KilibaClient.class)).isSameAs(own);
    });
  }

  @Test
  void customizersRunInOrderAfterTheProperties() {
    configured().withPropertyValues("commerce.kiliba.application-name=from-properties")
        .withUserConfiguration(OrderedCustomizers.class).run(context -> {
          context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().build());

          assertThat(context.getBean("calls", List.class)).containsExactly("first", "second");
          assertThat(kiliba.requests().get(0).header("User-Agent").orElseThrow()).endsWith(" second");
        });
  }

  @Test
  void clientIsClosedWithTheContext() {
    AtomicReference<KilibaClient> client = new AtomicReference<>();
    configured().run(context -> client.set(context.getBean(KilibaClient.class)));

    assertThatThrownBy(() -> client.get().customers().list(ListCustomersRequest.builder().build()))
        .hasMessageContaining("closed");
    assertThat(kiliba.requests()).isEmpty();
  }

  @Test
  void invalidBaseUrlFailsStartupNamingTheProperty() {
    runner.withPropertyValues("commerce.kiliba.api-key=k", "commerce.kiliba.base-url=http://api.example.com")
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          FailureAnalysis analysis = new ClientPropertiesFailureAnalyzer().analyze(failure);

          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).startsWith("Cannot create the KilibaClient bean: commerce.kiliba.base-url: ");
          assertThat(analysis.getAction()).contains("commerce.kiliba.base-url", "commerce.kiliba.enabled=false");
        });
  }

  @Test
  void propertiesNeverPrintTheKey() {
    configured().run(context ->
        assertThat(context.getBean(KilibaProperties.class).toString()).doesNotContain(kiliba.apiKey()).contains("****"));
  }

  /** Two customizers declared in the opposite of their order, each recording its call. */
  @Configuration(proxyBeanMethods = false)
  static class OrderedCustomizers {
    @Bean
    List<String> calls() {
      return new ArrayList<>();
    }

    @Bean
    @Order(2)
    KilibaClientBuilderCustomizer second(List<String> calls) {
      return builder -> {
        calls.add("second");
        builder.applicationName("second");
      };
    }

    @Bean
    @Order(1)
    KilibaClientBuilderCustomizer first(List<String> calls) {
      return builder -> {
        calls.add("first");
        builder.applicationName("first");
      };
    }
  }
}
