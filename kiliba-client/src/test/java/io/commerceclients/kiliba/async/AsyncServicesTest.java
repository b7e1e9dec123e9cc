package io.commerceclients.kiliba.async;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.AuthenticationException;
import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.retry.Sleeper;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaAsyncClient;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.testing.kiliba.FakeKiliba;
import io.commerceclients.testing.server.Fault;
import io.commerceclients.testing.server.RecordedRequest;
import io.commerceclients.testing.server.RequestMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The asynchronous services against the fake, over real HTTP: the same requests and answers as the
 * blocking ones, typed errors and validation as failed futures, cancellation of a request in flight
 * and of a retry waiting, and the listing read page by page.
 */
class AsyncServicesTest {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";

  @RegisterExtension
  static FakeKiliba kiliba = FakeKiliba.create();

  private KilibaClient client;
  private KilibaAsyncClient async;

  @BeforeEach
  void setUp() {
    kiliba.reset();
    client = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(d -> { }).build();
    async = client.async();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  static Throwable failureOf(CompletableFuture<?> future) {
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
    return e.getCause();
  }

  @Test
  void eachOperationSendsWhatTheBlockingOneSends() throws Exception {
    kiliba.customers().addGenerated(3);

    CustomerPage page = async.customers().list(ListCustomersRequest.builder().limit(2).page(2).build())
        .get(30, TimeUnit.SECONDS);
    long blacklisted = async.customers().blacklist(List.of("customer1@example.com")).get(30, TimeUnit.SECONDS)
        .processedEmails().orElseThrow();
    long whitelisted = async.customers().whitelist(List.of("customer1@example.com")).get(30, TimeUnit.SECONDS)
        .processedEmails().orElseThrow();
    async.transactionalEmails().send(TransactionalEmail.builder().transactionalEmailId("order-shipped")
        .email("jane@example.com").language("fr").putVariable("order", "A-1042").build()).get(30, TimeUnit.SECONDS);

    assertEquals(List.of(KilibaId.of(3)), page.customers().stream().map(Customer::idCustomer).collect(Collectors.toList()));
    assertEquals(1L, blacklisted);
    assertEquals(1L, whitelisted);
    assertEquals("subscribed", kiliba.customers().statusOf("customer1@example.com").orElseThrow());
    assertEquals(1, kiliba.emails().sent().size());
    List<RecordedRequest> requests = kiliba.requests();
    assertEquals(List.of("GET " + CUSTOMERS + "?limit=2&page=2", "POST /client/v1/customers/blacklist",
        "POST /client/v1/customers/whitelist", "POST /client/v1/transactional-emails/send"),
        requests.stream().map(r -> r.method() + " " + r.path() + (r.rawQuery() == null ? "" : "?" + r.rawQuery()))
            .collect(Collectors.toList()));
    assertTrue(requests.stream().allMatch(r -> kiliba.apiKey().equals(r.header("X-API-Key").orElse(null))));
  }

  @Test
  void errorsCompleteTheFutureWithTheBlockingCallsTypedException() {
    kiliba.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/customers/blacklist"), Fault.status(400,
        "{\"statusCode\":400,\"message\":[\"customer_emails.0 must be an email\"],\"error\":\"Bad Request\"}"));
    kiliba.faults().failNext(3, RequestMatcher.of("GET", CUSTOMERS), Fault.status(503));

    Throwable invalid = failureOf(async.customers().blacklist(List.of("a@example.com")));
    Throwable unavailable = failureOf(async.customers().list(ListCustomersRequest.builder().build()));
    try (KilibaClient wrongKey = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey("wrong").build()) {
      Throwable denied = failureOf(wrongKey.async().transactionalEmails().send(TransactionalEmail.builder()
          .transactionalEmailId("t").email("a@example.com").language("en").build()));
      assertInstanceOf(AuthenticationException.class, denied);
      assertFalse(denied.getMessage().contains("wrong"));
    }

    assertEquals("customer_emails.0", ((InvalidRequestException) invalid).fieldErrors().get(0).field());
    assertInstanceOf(ServerException.class, unavailable);
    assertEquals(3, kiliba.requestCount("GET", CUSTOMERS), "the 503 was retried twice, then given up");
  }

  @Test
  void badInputGivesAFailedFutureAndSendsNothing() {
    CompletableFuture<CustomerPage> limit = async.customers().list(ListCustomersRequest.builder().limit(10_001).build());
    CompletableFuture<?> email = async.customers().whitelist(List.of("ok@example.com", "not-an-email"));
    CompletableFuture<?> variable = async.transactionalEmails().send(TransactionalEmail.builder()
        .transactionalEmailId("t").email("a@example.com").language("en").putVariable("#name", "Ann").build());
    CompletableFuture<List<Customer>> listing = async.customers().listAll(ListCustomersRequest.builder().page(0).build())
        .collect(10);

    assertEquals("limit: must be between 1 and 10000, got 10001", failureOf(limit).getMessage());
    assertEquals("customer_emails[1]", ((ValidationException) failureOf(email)).field());
    assertEquals("variables.#name", ((ValidationException) failureOf(variable)).field());
    assertEquals("page", ((ValidationException) failureOf(listing)).field());
    assertTrue(kiliba.requests().isEmpty());
  }

  @Test
  void theListingIsReadPageByPageWithForEachCollectAndAPublisher() throws Exception {
    kiliba.customers().addGenerated(2_500);
    ListCustomersRequest all = ListCustomersRequest.builder().addStatuses(CustomerStatus.SUBSCRIBED).build();

    List<Customer> seen = new ArrayList<>();
    async.customers().listAll(all).forEach(seen::add).get(30, TimeUnit.SECONDS);
    List<Customer> firstTwelveHundred = async.customers().listAll(all).collect(1_200).get(30, TimeUnit.SECONDS);
    List<String> pages = kiliba.requests().stream().map(RecordedRequest::rawQuery).collect(Collectors.toList());
    kiliba.clearRequests();
    List<Customer> published = new ArrayList<>();
    CompletableFuture<Void> done = new CompletableFuture<>();
    async.customers().listAll(all).publisher().subscribe(new Flow.Subscriber<>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(1_000);
      }

      @Override
      public void onNext(Customer customer) {
        published.add(customer);
        if (published.size() == 1_000) {
          subscription.cancel();
          done.complete(null);
        }
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    done.get(30, TimeUnit.SECONDS);

    assertEquals(2_500, seen.size());
    assertEquals(2_500, seen.stream().map(Customer::idCustomer).distinct().count());
    assertEquals(1_200, firstTwelveHundred.size());
    assertEquals(List.of(
        "limit=1000&page=1&statuses=subscribed", "limit=1000&page=2&statuses=subscribed",
        "limit=1000&page=3&statuses=subscribed",
        "limit=1000&page=1&statuses=subscribed", "limit=1000&page=2&statuses=subscribed"), pages);
    assertEquals(1_000, published.size());
    assertEquals(List.of("limit=1000&page=1&statuses=subscribed"), kiliba.requests().stream()
        .map(RecordedRequest::rawQuery).collect(Collectors.toList()), "the publisher fetched only the page asked for");
  }

  @Test
  void cancellingTheFutureCancelsTheRequestInFlight() throws Exception {
    OkHttpClient http = new OkHttpClient();
    try (FakeKiliba slow = FakeKiliba.started();
        KilibaClient own = KilibaClient.builder().baseUrl(slow.baseUrl()).apiKey(slow.apiKey()).okHttpClient(http).build()) {
      slow.faults().failNext(1, RequestMatcher.of("GET", CUSTOMERS), Fault.delay(Duration.ofSeconds(60)));

      CompletableFuture<CustomerPage> page = own.async().customers().list(ListCustomersRequest.builder().build());
      awaitTrue(() -> slow.faults().played().size() == 1);
      assertTrue(page.cancel(true));

      assertThrows(CancellationException.class, page::join);
      awaitTrue(() -> http.dispatcher().runningCallsCount() == 0);
      assertEquals(0, http.dispatcher().runningCallsCount(), "the OkHttp call was cancelled, not left running");
    }
  }

  @Test
  void cancellingTheFutureDuringARetryWaitSendsNothingMore() throws Exception {
    CountDownLatch waiting = new CountDownLatch(1);
    CountDownLatch released = new CountDownLatch(1);
    Sleeper backoff = delay -> {
      waiting.countDown();
      released.await(30, TimeUnit.SECONDS);
    };
    kiliba.faults().failNext(1, RequestMatcher.of("POST", "/client/v1/customers/whitelist"), Fault.status(503));
    try (KilibaClient own = KilibaClient.builder().baseUrl(kiliba.baseUrl()).apiKey(kiliba.apiKey()).sleeper(backoff).build()) {
      CompletableFuture<?> whitelist = own.async().customers().whitelist(List.of("a@example.com"));
      assertTrue(waiting.await(30, TimeUnit.SECONDS), "the client waits before its retry");
      assertTrue(whitelist.cancel(true));
      released.countDown();

      assertThrows(CancellationException.class, whitelist::join);
      Thread.sleep(300);
    }
    assertEquals(1, kiliba.requestCount("POST", "/client/v1/customers/whitelist"), "the retry was never sent");
  }

  static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
    for (int i = 0; i < 3_000 && !condition.getAsBoolean(); i++) {
      Thread.sleep(10);
    }
  }
}
