package io.commerceclients.kiliba.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.getAllServeEvents;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.KilibaClient;
import io.commerceclients.kiliba.imports.ImportReport;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Documented limits at their boundary: exactly at the limit passes, one past fails before the network. */
@WireMockTest
class ImportBoundaryTest {

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
  void metadataOfExactlyTwoThousandBytesPassesAndOneMoreByteOrAMultiByteCharacterFails() {
    stubFor(post(urlPathEqualTo("/client/v1/import/product-categories")).willReturn(okJson("{\"processed\":1}")));
    // {"k":"…"} is 8 bytes around the value
    assertTrue(client.imports().productCategories().send(List.of(category(Map.of("k", "x".repeat(1_992))))).isSuccessful());

    ValidationException over = assertThrows(ValidationException.class,
        () -> client.imports().productCategories().send(List.of(category(Map.of("k", "x".repeat(1_993))))));
    assertEquals("productCategories[0].metadata", over.field());
    assertTrue(over.getMessage().contains("2001 bytes"), over.getMessage());
    ValidationException utf8 = assertThrows(ValidationException.class,
        () -> client.imports().productCategories().send(List.of(category(Map.of("k", "é".repeat(997))))));
    assertTrue(utf8.getMessage().contains("2002 bytes"), utf8.getMessage());
    assertEquals(1, getAllServeEvents().size());
  }

  @Test
  void aThousandItemsGoInOneRequestAndOneMoreInASecond() {
    stubFor(post(urlPathEqualTo("/client/v1/import/customer-groups")).willReturn(okJson("{\"processed\":1000}")));
    assertTrue(client.imports().customerGroups().send(groups(1_000)).isSuccessful());
    assertEquals(1, getAllServeEvents().size());

    stubFor(post(urlPathEqualTo("/client/v1/import/customer-groups")).willReturn(okJson("{\"processed\":1}")));
    ImportReport<CustomerGroup> report = client.imports().customerGroups().send(groups(1_001));
    assertEquals(List.of(1000, 1), report.batches().stream().map(b -> b.itemCount()).collect(Collectors.toList()));
  }

  private static ProductCategory category(Map<String, Object> metadata) {
    return ProductCategory.builder().id(KilibaId.of("c1")).name("C").metadata(metadata).build();
  }

  private static List<CustomerGroup> groups(int n) {
    return IntStream.range(0, n).mapToObj(i -> CustomerGroup.builder().id(KilibaId.of(i)).name("G").build())
        .collect(Collectors.toList());
  }
}
