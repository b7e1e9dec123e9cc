package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What a user checks before trusting the starter in production, on Spring Boot 3.5 and 4: timeouts
 * in Spring's formats reach the wire, the clients' threads end with the context, and no
 * credential shows in a bean or a startup report.
 */
class StarterLifecycleTest {
  @RegisterExtension
  static final StarterFakes fakes = new StarterFakes();

  private final ApplicationContextRunner allConfigured = fakes.runner();

  @Test
  void readTimeoutInIsoAndInPlainMillisecondsEndsASilentAnswer() {
    for (String value : List.of("PT0.3S", "300")) {
      fakes.kiliba.faults().failNext(1, Fault.delay(Duration.ofSeconds(5)));
      allConfigured.withPropertyValues("commerce.kiliba.read-timeout=" + value, "commerce.kiliba.max-retries=0")
          .run(context -> assertThatThrownBy(() -> context.getBean(KilibaClient.class).customers()
              .list(ListCustomersRequest.builder().build())).isInstanceOf(ApiTimeoutException.class));
    }
  }

  @Test
  void responseHeadersTimeoutEndsAWaitForHeadersShorterThanTheReadTimeout() {
    fakes.kiliba.faults().failNext(1, Fault.delay(Duration.ofSeconds(5)));
    allConfigured.withPropertyValues("commerce.kiliba.response-headers-timeout=300ms", "commerce.kiliba.max-retries=0")
        .run(context -> assertThatThrownBy(() -> context.getBean(KilibaClient.class).customers()
            .list(ListCustomersRequest.builder().build())).isInstanceOf(ApiTimeoutException.class)
            .hasMessageContaining("responseHeadersTimeout"));
  }

  @Test
  void responseBodyTimeoutEndsAnAnswerThatTrickles() {
    fakes.kiliba.faults().failNext(1, Fault.trickle(Duration.ofMillis(100)));
    allConfigured.withPropertyValues("commerce.kiliba.response-body-timeout=300ms", "commerce.kiliba.max-retries=0")
        .run(context -> assertThatThrownBy(() -> context.getBean(KilibaClient.class).customers()
            .list(ListCustomersRequest.builder().build())).isInstanceOf(ApiTimeoutException.class)
            .hasMessageContaining("responseBodyTimeout"));
  }

  @Test
  void callTimeoutEndsTheCallRetriesIncluded() {
    fakes.kibo.faults().failNext(1, RequestMatcher.of("POST", "/api/platform/applications/authtickets/oauth"),
        Fault.delay(Duration.ofSeconds(5)));
    allConfigured.withPropertyValues("commerce.kibo.call-timeout=300ms").run(context ->
        assertThatThrownBy(() -> context.getBean(KiboImportExportClient.class).imports()
            .list(ListJobsRequest.builder().pageSize(1).build())).isInstanceOf(ApiTimeoutException.class));
  }

  @Test
  void theClientsThreadsEndWhenTheContextCloses() throws InterruptedException {
    allConfigured.run(context -> {
      context.getBean(KilibaClient.class).customers().list(ListCustomersRequest.builder().build());
      context.getBean(KilibaClient.class).async().customers().list(ListCustomersRequest.builder().build()).join();
      context.getBean(KarlaClient.class).async().shop().get().join();
      context.getBean(KiboImportExportClient.class).async().imports()
          .list(ListJobsRequest.builder().pageSize(1).build()).join();
      assertThat(dispatcherThreads()).isNotEmpty();
    });
    for (Thread thread : dispatcherThreads()) {
      thread.join(10_000);
    }
    assertThat(dispatcherThreads()).isEmpty();
  }

  @Test
  void noCredentialInTheClientBeansOrInAStartupReport() {
    allConfigured.run(context -> assertThat(context.getBean(KilibaClient.class) + " "
        + context.getBean(KarlaClient.class) + " " + context.getBean(KiboImportExportClient.class))
        .doesNotContain(fakes.kiliba.apiKey(), fakes.karla.apiKey(), fakes.kibo.sharedSecret()));
    allConfigured.withPropertyValues("commerce.kiliba.api-key=key-1234 with-space").run(context -> {
      FailureAnalysis analysis = new ClientPropertiesFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis).isNotNull();
      assertThat(analysis.getDescription()).contains("commerce.kiliba.api-key");
      assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain("key-1234", "with-space");
      for (Throwable t = context.getStartupFailure(); t != null; t = t.getCause()) {
        assertThat(String.valueOf(t.getMessage())).doesNotContain("key-1234");
      }
    });
  }

  private static List<Thread> dispatcherThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .filter(t -> t.getName().equals("commerce-clients-dispatcher")).collect(Collectors.toList());
  }
}
