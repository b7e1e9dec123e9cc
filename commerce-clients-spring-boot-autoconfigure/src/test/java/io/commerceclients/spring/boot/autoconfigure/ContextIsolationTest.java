package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Two applications in one JVM keep their clients apart, a lazy context creates a client only when
 * asked, and closing a context ends the calls its client has in flight instead of leaving them to
 * hang.
 */
class ContextIsolationTest {
  private final FakeKiliba first = new FakeKiliba("first-app-key").start();
  private final FakeKiliba second = new FakeKiliba("second-app-key").start();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, KarlaAutoConfiguration.class,
          KiboImportExportAutoConfiguration.class));

  @BeforeEach
  void resetFakes() {
    first.reset();
    second.reset();
  }

  @AfterEach
  void stopFakes() {
    first.close();
    second.close();
  }

  @Test
  void twoContextsInOneJvmEachUseTheirOwnKeyAndClosingOneLeavesTheOtherWorking() {
    runner.withPropertyValues(FakeProperties.of(first)).run(one ->
        runner.withPropertyValues(FakeProperties.of(second)).run(two -> {
          KilibaClient firstClient = one.getBean(KilibaClient.class);
          KilibaClient secondClient = two.getBean(KilibaClient.class);
          assertThat(firstClient).isNotSameAs(secondClient);

          firstClient.customers().list(ListCustomersRequest.builder().limit(1).build());
          secondClient.async().customers().list(ListCustomersRequest.builder().limit(1).build()).join();
          assertThat(first.requests()).singleElement()
              .satisfies(request -> assertThat(request.header("X-API-Key")).contains("first-app-key"));
          assertThat(second.requests()).singleElement()
              .satisfies(request -> assertThat(request.header("X-API-Key")).contains("second-app-key"));

          one.close();
          assertThatThrownBy(() -> firstClient.customers().list(ListCustomersRequest.builder().build()))
              .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
          secondClient.customers().list(ListCustomersRequest.builder().limit(1).build());
          secondClient.async().customers().list(ListCustomersRequest.builder().limit(1).build()).join();
          assertThat(second.requests()).hasSize(3);
        }));
  }

  @Test
  void aLazyContextBuildsTheClientOnlyWhenAskedAndClosesIt() {
    AtomicInteger built = new AtomicInteger();
    ApplicationContextRunner lazy = runner.withPropertyValues(FakeProperties.of(first))
        .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
        .withBean(KilibaClientBuilderCustomizer.class, () -> builder -> built.incrementAndGet());

    lazy.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(built).hasValue(0);
    });
    lazy.run(context -> {
      KilibaClient client = context.getBean(KilibaClient.class);
      assertThat(built).hasValue(1);
      client.customers().list(ListCustomersRequest.builder().limit(1).build());
      ((ConfigurableApplicationContext) context.getSourceApplicationContext()).close();
      assertThatThrownBy(() -> client.customers().list(ListCustomersRequest.builder().build()))
          .hasMessageContaining("closed");
    });
    assertThat(first.requests()).hasSize(1);
  }

  @Test
  void aLazyContextReportsABadValueWhenTheClientIsFirstAsked() {
    runner.withPropertyValues(FakeProperties.of(first)).withPropertyValues("commerce.kiliba.read-timeout=-1s")
        .withInitializer(context -> context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThatThrownBy(() -> context.getBean(KilibaClient.class))
              .satisfies(failure -> assertThat(KarlaAutoConfigurationTest.rootCause(failure).properties())
                  .containsExactly("commerce.kiliba.read-timeout"));
        });
  }

  @Test
  void aCallInFlightWhenTheContextClosesEndsByItsOwnTimeoutAndNoLaterCallIsSent() {
    first.faults().failNext(1, Fault.delay(Duration.ofSeconds(30)));
    CompletableFuture<CustomerPage>[] inFlight = new CompletableFuture[1];
    KilibaClient[] closed = new KilibaClient[1];
    runner.withPropertyValues(FakeProperties.of(first))
        .withPropertyValues("commerce.kiliba.max-retries=0", "commerce.kiliba.read-timeout=300ms")
        .run(context -> {
          closed[0] = context.getBean(KilibaClient.class);
          inFlight[0] = closed[0].async().customers().list(ListCustomersRequest.builder().limit(1).build());
        });
    assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(inFlight[0]::join)
        .isInstanceOf(CompletionException.class).cause().isInstanceOfAny(ApiTimeoutException.class,
            IllegalStateException.class));
    assertThatThrownBy(() -> closed[0].async().customers().list(ListCustomersRequest.builder().build()).join())
        .cause().isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    assertThat(first.requests()).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void credentialsFromEnvironmentVariablesInTheirRelaxedForm() {
    runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("COMMERCE_KILIBA_APIKEY", first.apiKey(),
            "COMMERCE_KILIBA_BASEURL", first.baseUrl(), "COMMERCE_KILIBA_MAXRETRIES", "0"))))
        .run(context -> {
          context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().limit(1).build());
          assertThat(first.requests().get(0).header("X-API-Key")).contains(first.apiKey());
          assertThat(context.getBean(KilibaProperties.class).maxRetries()).isZero();
        });
    runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
        new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of("COMMERCE_KILIBA_APIKEY", first.apiKey(),
            "COMMERCE_KILIBA_ENABLED", "false"))))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(KilibaClient.class));
  }

  @Test
  void theClientsLeaveNoThreadThatKeepsTheJvmAlive() {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    runner.withPropertyValues(FakeProperties.of(first)).run(context -> {
      KilibaClient client = context.getBean(KilibaClient.class);
      client.customers().list(ListCustomersRequest.builder().limit(1).build());
      client.async().customers().list(ListCustomersRequest.builder().limit(1).build()).join();
    });
    Set<String> started = Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> !before.contains(thread) && thread.isAlive() && !thread.isDaemon())
        .map(Thread::getName).collect(Collectors.toSet());
    assertThat(started).isEmpty();
  }
}
