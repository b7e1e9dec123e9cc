package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Answers the reference allows but that are unusual, and answers that break it: lenient where the
 * meaning is clear (numbers as strings, null lists, unknown fields, other offsets), a {@link
 * ProtocolException} naming the operation where it is not; and ids and filters that need encoding.
 */
@WireMockTest
class OddAnswersTest {

  private static final String CUSTOMERS = "/client/v1/customers/paginated";
  private static final String GROUPS = "/client/v1/import/customer-groups";

  private KilibaClient client;

  @BeforeEach
  void setUp(WireMockRuntimeInfo wm) {
    client = KilibaClient.builder().baseUrl(wm.getHttpBaseUrl()).apiKey("test-key-123").sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void aCustomerPageWithStringNumbersNullsUnknownFieldsAndOffsetsIsRead() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":[{\"id_customer\":\"42\","
        + "\"date_update\":\"2024-01-01T10:00:00+02:00\",\"segment_active\":null,\"new_field\":{\"a\":1}}],\"total\":\"1\"}")));

    CustomerPage page = client.customers().list(ListCustomersRequest.builder().build());

    assertEquals(KilibaId.of("42"), page.customers().get(0).idCustomer());
    assertEquals("2024-01-01T08:00:00Z", page.customers().get(0).dateUpdate().orElseThrow().toInstant().toString());
    assertEquals(1L, page.total().orElseThrow());
  }

  @Test
  void aNullCustomerListIsEmptyAndANullCustomerBreaksTheContract() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":null,\"total\":0}")));
    assertTrue(client.customers().list(ListCustomersRequest.builder().build()).customers().isEmpty());

    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":[null],\"total\":1}")));
    assertThrows(ProtocolException.class, () -> client.customers().list(ListCustomersRequest.builder().build()));

    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":[{\"email\":\"a@example.com\"}],\"total\":1}")));
    ProtocolException noId = assertThrows(ProtocolException.class, () -> client.customers().list(ListCustomersRequest.builder().build()));
    assertTrue(noId.getMessage().contains("GET /client/v1/customers/paginated") && noId.getMessage().contains("idCustomer"),
        noId.getMessage());

    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":[],\"total\":1e30}")));
    ProtocolException huge = assertThrows(ProtocolException.class, () -> client.customers().list(ListCustomersRequest.builder().build()));
    assertTrue(huge.getMessage().contains("total"), huge.getMessage());
  }

  @Test
  void aServerThatIgnoresThePageParameterDoesNotMakeTheListingEndless() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":[{\"id_customer\":1},{\"id_customer\":2}]}")));

    assertThrows(ProtocolException.class, () -> client.customers().listAll(ListCustomersRequest.builder().limit(2).build())
        .stream().collect(Collectors.toList()));
    assertEquals(2, getAllServeEvents().size());
  }

  @Test
  void anImportCountThatIsNotALongFailsTheBatchAndOneAsAStringIsACount() {
    List<CustomerGroup> one = List.of(CustomerGroup.builder().id(KilibaId.of(1)).name("G").build());
    stubFor(post(urlPathEqualTo(GROUPS)).willReturn(okJson("{\"processed\":\"1\"}")));
    assertTrue(client.imports().customerGroups().send(one).isSuccessful());

    for (String answer : List.of("{\"processed\":1e40}", "[1]", "{\"processed\":{}}")) {
      stubFor(post(urlPathEqualTo(GROUPS)).willReturn(okJson(answer)));
      ImportReport<CustomerGroup> report = client.imports().customerGroups().send(one);
      assertEquals(1, report.itemsFailed(), answer);
      assertEquals(one, report.failedBatches().get(0).items());
      ProtocolException e = assertInstanceOf(ProtocolException.class, report.failedBatches().get(0).error(), answer);
      assertTrue(e.getMessage().contains("POST /client/v1/import/customer-groups"), e.getMessage());
    }
  }

  @Test
  void filterValuesAndIdsAreEncodedAndStayInTheirPlace() {
    stubFor(get(urlPathEqualTo(CUSTOMERS)).willReturn(okJson("{\"customers\":[],\"total\":0}")));
    client.customers().list(ListCustomersRequest.builder().addBlacklistReasons("a&b=c#d+e %f/é").build());
    verify(getRequestedFor(urlPathEqualTo(CUSTOMERS)).withQueryParam("blacklist_reasons", equalTo("a&b=c#d+e %f/é")));

    stubFor(get(anyUrl()).willReturn(okJson("{\"uploadId\":\"u\"}")));
    for (String id : List.of("a/b", "a?b", "a#b", "%2e%2e", "..%2F", "é")) {
      client.physicalStores().getUpload(id);
    }
    String prefix = "/client/v1/physical-stores/uploads/";
    List<String> urls = getAllServeEvents().stream().map(e -> e.getRequest().getUrl())
        .filter(u -> u.startsWith(prefix)).collect(Collectors.toList());
    assertEquals(6, urls.size(), urls::toString);
    urls.forEach(u -> assertTrue(u.substring(prefix.length()).matches("[^/?#]+"), u));
  }
}
