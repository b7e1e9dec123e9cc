package io.commerceclients.kiliba.async;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.ServerException;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.stores.FileUpload;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-call options and raw responses over the wire: what a view sends, what it shares, what a raw response shows. */
@WireMockTest
class CallOptionsAndRawResponseTest {

  private static final String KEY = "test-key-123";
  private static final String CUSTOMERS = "/client/v1/customers/paginated";
  private static final String PAGE = "{\"customers\":[{\"id_customer\":1,\"email\":\"a@example.com\"}],\"total\":1}";
  private static final ListCustomersRequest FIRST_PAGE = ListCustomersRequest.builder().build();

  private final AtomicInteger connections = new AtomicInteger();
  private KilibaClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    OkHttpClient counting = new OkHttpClient.Builder().eventListener(new EventListener() {
      @Override
      public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
        connections.incrementAndGet();
      }
    }).build();
    client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey(KEY).okHttpClient(counting)
        .sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void aViewSendsItsHeaderAndQueryParameterToKilibaAndLeavesTheClientAsItWas() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson(PAGE)));

    KilibaClient traced = client.withOptions(o -> o.header("X-Trace-Id", "trace-1").queryParameter("shop", "fr"));
    traced.customers().list(FIRST_PAGE);
    client.customers().list(FIRST_PAGE);

    verify(1, getRequestedFor(urlEqualTo(CUSTOMERS + "?shop=fr"))
        .withHeader("X-Trace-Id", equalTo("trace-1")).withHeader("X-API-Key", equalTo(KEY)));
    verify(1, getRequestedFor(urlEqualTo(CUSTOMERS)).withHeader("X-Trace-Id", absent()));
    assertTrue(traced.toString().contains("X-Trace-Id"), traced.toString());
    assertFalse(traced.toString().contains("trace-1"), "option values stay out of toString");
  }

  @Test
  void viewsOfViewsMergeTheirOptionsAndTheAsyncTwinOfAViewUsesThem() throws Exception {
    stubFor(post(urlPathEqualTo("/client/v1/transactional-emails/send")).willReturn(okJson("{\"status\":\"sent\"}")));

    KilibaClient view = client.withOptions(o -> o.header("X-Trace-Id", "outer").header("X-Team", "crm"))
        .withOptions(RequestOptions.builder().header("X-Trace-Id", "inner").queryParameter("dryRun", "true").build());
    view.async().transactionalEmails().send(TransactionalEmail.builder().transactionalEmailId("welcome")
        .email("jane@example.com").language("fr").build()).get(20, TimeUnit.SECONDS);

    verify(1, postRequestedFor(urlEqualTo("/client/v1/transactional-emails/send?dryRun=true"))
        .withHeader("X-Trace-Id", equalTo("inner")).withHeader("X-Team", equalTo("crm"))
        .withHeader("X-API-Key", equalTo(KEY)));
  }

  @Test
  void maxRetriesZeroSendsOnceWhereTheClientRetries() throws Exception {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(aResponse().withStatus(503)));

    assertThrows(ServerException.class, () -> client.withOptions(o -> o.maxRetries(0)).customers().list(FIRST_PAGE));
    verify(1, getRequestedFor(urlPathEqualTo(CUSTOMERS)));
    ExecutionException async = assertThrows(ExecutionException.class, () -> client.withOptions(o -> o.maxRetries(0))
        .async().customers().list(FIRST_PAGE).get(20, TimeUnit.SECONDS));
    assertInstanceOf(ServerException.class, async.getCause());
    verify(2, getRequestedFor(urlPathEqualTo(CUSTOMERS)));

    assertThrows(ServerException.class, () -> client.withOptions(o -> o.maxRetries(2)).customers().list(FIRST_PAGE));
    verify(2 + 3, getRequestedFor(urlPathEqualTo(CUSTOMERS)));
  }

  @Test
  void aViewsTimeoutEndsACallTheServerDoesNotAnswer() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson(PAGE).withFixedDelay(5_000)));
    KilibaClient hurried = client.withOptions(o -> o.timeout(Duration.ofMillis(300)).maxRetries(0));

    assertThrows(ApiTimeoutException.class, () -> hurried.customers().list(FIRST_PAGE));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> hurried.async().customers().list(FIRST_PAGE).get(20, TimeUnit.SECONDS));
    assertInstanceOf(ApiTimeoutException.class, async.getCause());
  }

  @Test
  void aViewSharesTheClientsConnectionsAndItsCloseLeavesThemOpen() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson(PAGE)));

    client.customers().list(FIRST_PAGE);
    KilibaClient view = client.withOptions(o -> o.header("X-Trace-Id", "t"));
    view.customers().list(FIRST_PAGE);
    view.close();
    view.customers().list(FIRST_PAGE);
    client.customers().list(FIRST_PAGE);

    assertEquals(1, connections.get(), "one pooled connection for the client and its view");
    verify(4, getRequestedFor(urlPathEqualTo(CUSTOMERS)));
  }

  @Test
  void credentialsCannotBeSetPerCall() {
    ValidationException key = assertThrows(ValidationException.class,
        () -> client.withOptions(o -> o.header("X-API-Key", "another-key")));
    ValidationException token = assertThrows(ValidationException.class,
        () -> client.withOptions(o -> o.queryParameter("api_key", "another-key")));

    assertEquals("header X-API-Key", key.field());
    assertFalse(key.getMessage().contains("another-key"));
    assertEquals("query parameter api_key", token.field());
  }

  @Test
  void extraHeadersGoToKilibaButNeverToTheStorageUrl(@TempDir Path dir, WireMockRuntimeInfo wm) throws Exception {
    stubFor(post(urlPathEqualTo("/client/v1/physical-stores/uploads")).willReturn(okJson("{\"uploadId\":\"u-1\",\"status\":\"created\","
        + "\"presignedUrl\":\"" + wm.getHttpBaseUrl() + "/bucket/raw.tsv?X-Amz-Signature=abc\"}")));
    stubFor(put(urlPathEqualTo("/bucket/raw.tsv")).willReturn(aResponse().withStatus(200)));
    stubFor(post(urlPathEqualTo("/client/v1/physical-stores/uploads/u-1/complete")).willReturn(okJson("{\"uploadId\":\"u-1\",\"status\":\"uploaded\"}")));
    Path file = Files.writeString(dir.resolve("store.tsv"), "email\na@example.com\n");
    KilibaClient traced = client.withOptions(o -> o.header("X-Trace-Id", "t-9").queryParameter("shop", "fr"));

    traced.physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build());
    traced.async().physicalStores().upload(FileUpload.builder().file(file).waitForProcessing(false).build())
        .get(20, TimeUnit.SECONDS);

    verify(2, postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads?shop=fr")).withHeader("X-Trace-Id", equalTo("t-9")));
    verify(2, putRequestedFor(urlEqualTo("/bucket/raw.tsv?X-Amz-Signature=abc"))
        .withHeader("X-Trace-Id", absent()).withHeader("X-API-Key", absent()));
    verify(2, postRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads/u-1/complete?shop=fr"))
        .withHeader("X-Trace-Id", equalTo("t-9")));
  }

  @Test
  void aRawResponseCarriesTheStatusHeadersAndRequestIdOfASuccessfulCall() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson(PAGE)
        .withHeader("X-Request-Id", "req-42").withHeader("X-RateLimit-Remaining", "99")));

    RawResponse<CustomerPage> raw = client.withRawResponse(c -> c.customers().list(FIRST_PAGE));

    assertEquals(200, raw.statusCode());
    assertEquals("req-42", raw.requestId().orElseThrow());
    assertEquals("99", raw.header("x-ratelimit-remaining").orElseThrow());
    assertEquals(1, raw.exchanges().size());
    assertEquals("a@example.com", raw.body().customers().get(0).email().orElseThrow());
    assertFalse(raw.toString().contains(KEY));
  }

  @Test
  void aRawResponseOfAListingHasEveryPagesExchange() {
    stubFor(get(urlEqualTo(CUSTOMERS + "?limit=1&page=1")).willReturn(okJson(
        "{\"customers\":[{\"id_customer\":1}],\"total\":2}").withHeader("X-Request-Id", "page-1")));
    stubFor(get(urlEqualTo(CUSTOMERS + "?limit=1&page=2")).willReturn(okJson(
        "{\"customers\":[{\"id_customer\":2}],\"total\":2}").withHeader("X-Request-Id", "page-2")));

    RawResponse<List<Customer>> raw = client.withOptions(o -> o.header("X-Trace-Id", "t")).withRawResponse(c -> c.customers()
        .listAll(ListCustomersRequest.builder().limit(1).build()).stream().collect(Collectors.toList()));

    assertEquals(2, raw.body().size());
    assertEquals(List.of("page-1", "page-2"), raw.exchanges().stream()
        .map(e -> e.requestId().orElseThrow()).collect(Collectors.toList()));
    assertEquals("page-2", raw.requestId().orElseThrow());
    verify(2, getRequestedFor(urlPathEqualTo(CUSTOMERS)).withHeader("X-Trace-Id", equalTo("t")));
  }
}
