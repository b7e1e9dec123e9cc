package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The health indicators when the API misbehaves: a check is bounded by its timeout whatever the
 * application's customizers ask, callers arriving together share one request, and the details
 * give a reason but never a credential, even one the server echoes back.
 */
class HealthIndicatorFailureTest {
  @RegisterExtension
  static final StarterFakes fakes = new StarterFakes();

  private final ApplicationContextRunner runner = fakes.runner(CommerceClientsHealthAutoConfiguration.class,
      HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class)
      .withPropertyValues("management.health.kiliba.enabled=true", "management.health.karla.enabled=true",
          "management.health.kibo.enabled=true");

  @Test
  void aSilentApiIsUnknownWithinTheHealthTimeoutEvenWhenACustomizerAsksForRetriesAndLongTimeouts() {
    fakes.kiliba.faults().failNext(5, Fault.delay(Duration.ofSeconds(30)));
    runner.withPropertyValues("commerce.kiliba.health.timeout=300ms", "commerce.kiliba.read-timeout=60s")
        .withBean(KilibaClientBuilderCustomizer.class, () -> builder -> builder.maxRetries(4)
            .callTimeout(Duration.ofMinutes(5)).readTimeout(Duration.ofMinutes(5)))
        .run(context -> {
          Health health = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> indicator(context, "kiliba").health());

          assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
          assertThat(health.getDetails()).containsEntry("error", "ApiTimeoutException");
        });
  }

  @Test
  void aTricklingAnswerIsUnknownWithinTheHealthTimeout() {
    fakes.karla.faults().failNext(1, Fault.trickle(Duration.ofMillis(100)));
    runner.withPropertyValues("commerce.karla.health.timeout=300ms").run(context -> {
      Health health = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> indicator(context, "karla").health());

      assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(health.getDetails()).containsEntry("error", "ApiTimeoutException");
    });
  }

  @Test
  void callersArrivingDuringACheckShareItsRequest() {
    fakes.kiliba.faults().failNext(1, Fault.delay(Duration.ofMillis(500)));
    runner.run(context -> {
      HealthIndicator indicator = indicator(context, "kiliba");
      List<CompletableFuture<Health>> callers = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        callers.add(CompletableFuture.supplyAsync(indicator::health));
      }
      for (CompletableFuture<Health> caller : callers) {
        assertThat(caller.join().getStatus()).isEqualTo(Status.UP);
      }
      assertThat(fakes.kiliba.requests()).hasSize(1);
    });
  }

  @Test
  void anUnreachableApiIsDownWithAReasonAndNoAddress() {
    runner.withPropertyValues("commerce.karla.base-url=http://127.0.0.1:1").run(context -> {
      Health health = indicator(context, "karla").health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsKey("error").containsEntry("api", "karla");
      assertThat(health.getDetails().toString()).doesNotContain("127.0.0.1", fakes.karla.apiKey());
    });
  }

  @Test
  void anUnknownShopIsDown() {
    runner.withPropertyValues("commerce.karla.shop=no-such-shop").run(context -> {
      Health health = indicator(context, "karla").health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("httpStatus", 404);
      assertThat(health.getDetails().toString()).doesNotContain("no-such-shop");
    });
  }

  @Test
  void aServerThatEchoesTheCredentialInItsErrorNeverPutsItInTheDetails() {
    String echo = "{\"code\":\"" + fakes.kiliba.apiKey() + "\",\"message\":\"bad key " + fakes.kiliba.apiKey() + "\"}";
    fakes.kiliba.faults().failNext(1, Fault.status(401, echo).withHeader("X-Request-Id", fakes.kiliba.apiKey()));
    String karlaEcho = "{\"code\":\"" + fakes.karla.apiKey() + "\",\"message\":\"" + fakes.karla.apiKey() + "\"}";
    fakes.karla.faults().failNext(1, Fault.status(403, karlaEcho).withHeader("X-Request-Id", fakes.karla.apiKey()));
    runner.run(context -> {
      Health kilibaHealth = indicator(context, "kiliba").health();
      Health karlaHealth = indicator(context, "karla").health();

      assertThat(kilibaHealth.getStatus()).isEqualTo(Status.DOWN);
      assertThat(karlaHealth.getStatus()).isEqualTo(Status.DOWN);
      assertThat(kilibaHealth.getDetails().toString() + karlaHealth.getDetails())
          .doesNotContain(fakes.kiliba.apiKey(), fakes.karla.apiKey());
    });
  }

  @Test
  void theCheckNeverRetriesWhateverTheApplicationsCustomizersSet() {
    fakes.kibo.faults().failNext(3, RequestMatcher.of("GET", "/api/platform/data/import"), Fault.status(503));
    runner.withPropertyValues("commerce.kibo.max-retries=5")
        .withBean(KiboImportExportClientBuilderCustomizer.class, () -> builder -> builder.maxRetries(5))
        .run(context -> {
          assertThat(indicator(context, "kibo").health().getStatus()).isEqualTo(Status.UNKNOWN);
          assertThat(fakes.kibo.requests().stream().filter(r -> r.path().equals("/api/platform/data/import"))).hasSize(1);
        });
  }

  private static HealthIndicator indicator(AssertableApplicationContext context, String name) {
    assertThat(context).hasNotFailed();
    return (HealthIndicator) context.getBean(HealthContributorRegistry.class).getContributor(name);
  }
}
