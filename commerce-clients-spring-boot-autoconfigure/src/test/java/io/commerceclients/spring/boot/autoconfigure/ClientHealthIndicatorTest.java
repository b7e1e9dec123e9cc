package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.commerceclients.core.support.MutableClock;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The opt-in health indicators on Spring Boot 4's health API, against the fakes. */
class ClientHealthIndicatorTest {
  @RegisterExtension
  static final StarterFakes fakes = new StarterFakes();

  private final ApplicationContextRunner runner = fakes.runner(CommerceClientsHealthAutoConfiguration.class,
      HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class);

  private final ApplicationContextRunner allEnabled = runner.withPropertyValues(
      "management.health.kiliba.enabled=true", "management.health.karla.enabled=true",
      "management.health.kibo.enabled=true");

  @Test
  void noIndicatorUnlessEnabled() {
    runner.withPropertyValues("management.health.defaults.enabled=true").run(context -> {
      assertThat(context).hasNotFailed().doesNotHaveBean(ClientHealthIndicator.class);
      assertThat(context.getBean(HealthContributorRegistry.class).getContributor("kiliba")).isNull();
    });
    assertThat(fakes.kiliba.requests()).isEmpty();
  }

  @Test
  void enabledIndicatorsAreRegisteredUnderTheApiNames() {
    allEnabled.run(context -> {
      HealthContributorRegistry registry = context.getBean(HealthContributorRegistry.class);
      assertThat(registry.getContributor("kiliba")).isInstanceOf(ClientHealthIndicator.class);
      assertThat(registry.getContributor("karla")).isInstanceOf(ClientHealthIndicator.class);
      assertThat(registry.getContributor("kibo")).isInstanceOf(ClientHealthIndicator.class);
    });
    assertThat(fakes.kiliba.requests()).isEmpty();
  }

  @Test
  void aHealthTimeoutThatIsNotPositiveFailsStartupNamingIt() {
    for (String timeout : new String[] {"0s", "-1s"}) {
      runner.withPropertyValues("management.health.kiliba.enabled=true", "commerce.kiliba.health.timeout=" + timeout)
          .run(context -> assertThat(KarlaAutoConfigurationTest.rootCause(context.getStartupFailure()).properties())
              .containsExactly("commerce.kiliba.health.timeout"));
    }
    runner.withPropertyValues("management.health.kibo.enabled=true", "commerce.kibo.health.cache-time-to-live=-1s")
        .run(context -> assertThat(KarlaAutoConfigurationTest.rootCause(context.getStartupFailure()).properties())
            .containsExactly("commerce.kibo.health.cache-time-to-live"));
  }

  @Test
  void noIndicatorWithoutCredentials() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(KilibaAutoConfiguration.class, CommerceClientsHealthAutoConfiguration.class))
        .withPropertyValues("management.health.kiliba.enabled=true")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ClientHealthIndicator.class));
  }

  @Test
  void kilibaIsUpAfterOneSmallReadWithTheKey() {
    allEnabled.run(context -> {
      Health health = indicator(context, "kiliba").health();

      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("api", "kiliba").containsKey("checkedAt");
      RecordedRequest request = fakes.kiliba.requests().get(0);
      assertThat(request.method() + " " + request.path()).isEqualTo("GET /client/v1/customers/paginated");
      assertThat(request.rawQuery()).contains("limit=1");
      assertThat(request.header("X-API-Key")).contains(fakes.kiliba.apiKey());
    });
  }

  @Test
  void aResultIsReusedForTheCacheTime() {
    allEnabled.run(context -> {
      HealthIndicator indicator = indicator(context, "kiliba");
      Health first = indicator.health();
      Health second = indicator.health();

      assertThat(second).isSameAs(first);
      assertThat(fakes.kiliba.requests()).hasSize(1);
    });
  }

  @Test
  void withoutCacheEveryCheckAsksAgain() {
    allEnabled.withPropertyValues("commerce.kiliba.health.cache-time-to-live=0s").run(context -> {
      HealthIndicator indicator = indicator(context, "kiliba");
      indicator.health();
      indicator.health();

      assertThat(fakes.kiliba.requests()).hasSize(2);
    });
  }

  @Test
  void refusedKeyIsDownWithoutTheKeyInTheDetails() {
    allEnabled.withPropertyValues("commerce.kiliba.api-key=wrong-key-123").run(context -> {
      Health health = indicator(context, "kiliba").health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails()).containsEntry("httpStatus", 401)
          .containsEntry("error", "AuthenticationException");
      assertThat(health.getDetails().toString()).doesNotContain("wrong-key-123");
    });
  }

  @Test
  void serverErrorIsUnknownAndNotRetried() {
    fakes.kiliba.faults().failNext(1, Fault.status(503));
    allEnabled.withPropertyValues("commerce.kiliba.health.cache-time-to-live=0s").run(context -> {
      HealthIndicator indicator = indicator(context, "kiliba");

      Health failing = indicator.health();
      assertThat(failing.getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(failing.getDetails()).containsEntry("httpStatus", 503).containsEntry("error", "ServerException");
      assertThat(fakes.kiliba.requests()).hasSize(1);

      assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      assertThat(fakes.kiliba.requests()).hasSize(2);
    });
  }

  @Test
  void rateLimitIsUnknownAndWaitsOutRetryAfter() {
    fakes.kiliba.faults().failNext(1, Fault.rateLimited(30));
    allEnabled.withPropertyValues("commerce.kiliba.health.cache-time-to-live=0s").run(context -> {
      HealthIndicator indicator = indicator(context, "kiliba");

      Health limited = indicator.health();
      assertThat(limited.getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(limited.getDetails()).containsEntry("httpStatus", 429).containsEntry("retryAfter", "PT30S");
      assertThat(indicator.health()).isSameAs(limited);
      assertThat(fakes.kiliba.requests()).hasSize(1);
    });
  }

  @Test
  void theIndicatorsAreInTheMainHealthButInNoProbeGroup() {
    allEnabled.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
        HealthEndpointAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class))
        .withPropertyValues("management.endpoint.health.probes.enabled=true").run(context -> {
          HealthEndpointGroups groups = context.getBean(HealthEndpointGroups.class);
          assertThat(groups.getNames()).contains("liveness", "readiness");
          for (String api : List.of("kiliba", "karla", "kibo")) {
            assertThat(groups.getPrimary().isMember(api)).as(api).isTrue();
            assertThat(groups.get("liveness").isMember(api)).as(api).isFalse();
            assertThat(groups.get("readiness").isMember(api)).as(api).isFalse();
          }
          assertThat(fakes.kiliba.requests()).isEmpty();
        });
  }

  @Test
  void aHangingTokenEndpointEndsWithinTheHealthTimeout() {
    fakes.kibo.faults().failNext(1, RequestMatcher.of("POST", "/api/platform/applications/authtickets/oauth"),
        Fault.delay(Duration.ofSeconds(10)));
    allEnabled.withPropertyValues("commerce.kibo.health.timeout=300ms").run(context -> {
      Health health = indicator(context, "kibo").health();

      assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(health.getDetails()).containsEntry("error", "ApiTimeoutException");
    });
  }

  @Test
  void aHostileRetryAfterHoldsTheResultAnHourAtMost() {
    fakes.kiliba.faults().failNext(1, Fault.rateLimited(100_000_000));
    MutableClock clock = new MutableClock();
    try (ClientHealthIndicator indicator = ClientHealthIndicator.of("kiliba",
        KilibaClient.builder().baseUrl(fakes.kiliba.baseUrl()).apiKey(fakes.kiliba.apiKey()).maxRetries(0).build(),
        client -> client.customers().list(ListCustomersRequest.builder().limit(1).build()),
        Duration.ofMinutes(5), clock)) {
      assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);

      clock.advance(Duration.ofMinutes(59));
      assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(fakes.kiliba.requests()).hasSize(1);

      clock.advance(Duration.ofMinutes(2));
      assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      assertThat(fakes.kiliba.requests()).hasSize(2);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void unreachableApiIsDown() {
    allEnabled.withPropertyValues("commerce.kiliba.base-url=http://127.0.0.1:1").run(context ->
        assertThat(indicator(context, "kiliba").health().getStatus()).isEqualTo(Status.DOWN));
  }

  @Test
  void karlaIsUpAfterReadingTheShopAndDownWhenForbidden() {
    allEnabled.withPropertyValues("commerce.karla.health.cache-time-to-live=0s").run(context -> {
      HealthIndicator indicator = indicator(context, "karla");

      assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      RecordedRequest request = fakes.karla.requests().get(0);
      assertThat(request.method() + " " + request.path()).isEqualTo("GET /v1/shops/" + fakes.karla.username());

      fakes.karla.faults().failNext(1, Fault.status(403));
      Health forbidden = indicator.health();
      assertThat(forbidden.getStatus()).isEqualTo(Status.DOWN);
      assertThat(forbidden.getDetails()).containsEntry("httpStatus", 403);
    });
  }

  @Test
  void kiboIsUpAfterATokenAndOneSmallListAndUnknownOnServerError() {
    allEnabled.withPropertyValues("commerce.kibo.health.cache-time-to-live=0s").run(context -> {
      HealthIndicator indicator = indicator(context, "kibo");

      assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
      List<String> calls = fakes.kibo.requests().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toList());
      assertThat(calls).first().isEqualTo("POST /api/platform/applications/authtickets/oauth");
      assertThat(calls).last().isEqualTo("GET /api/platform/data/import");
      assertThat(fakes.kibo.requests().get(fakes.kibo.requests().size() - 1).rawQuery()).contains("pageSize=1");

      fakes.kibo.clearRequests();
      fakes.kibo.faults().failNext(1, Fault.status(500));
      assertThat(indicator.health().getStatus()).isEqualTo(Status.UNKNOWN);
      assertThat(fakes.kibo.requests()).hasSize(1);
    });
  }

  @Test
  void kiboWithARefusedSecretIsDown() {
    allEnabled.withPropertyValues("commerce.kibo.shared-secret=not-the-secret").run(context -> {
      Health health = indicator(context, "kibo").health();

      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat(health.getDetails().toString()).doesNotContain("not-the-secret");
    });
  }

  private static HealthIndicator indicator(AssertableApplicationContext context, String name) {
    assertThat(context).hasNotFailed();
    return (HealthIndicator) context.getBean(HealthContributorRegistry.class).getContributor(name);
  }
}
