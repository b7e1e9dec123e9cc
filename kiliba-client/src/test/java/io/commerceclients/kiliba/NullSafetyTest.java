package io.commerceclients.kiliba;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.support.PublicPackages;
import io.commerceclients.kiliba.model.stores.UploadOutput;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.lang.reflect.AnnotatedParameterizedType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Kiliba client's API is null-marked, and the free-form maps of its answers, declared {@code
 * Map<String, @Nullable Object>}, really carry the JSON nulls Kiliba sends.
 */
@WireMockTest
class NullSafetyTest {

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
  void everyPublicPackageIsNullMarked() {
    Map<String, Class<?>> packages = PublicPackages.of(KilibaClient.class);

    assertTrue(packages.keySet().containsAll(List.of("io.commerceclients.kiliba", "io.commerceclients.kiliba.imports",
        "io.commerceclients.kiliba.model.imports", "io.commerceclients.kiliba.model.stores")),
        "the scan found " + packages.keySet());
    assertFalse(packages.keySet().stream().anyMatch(p -> p.contains(".internal")), packages.keySet().toString());
    assertEquals(List.of(), PublicPackages.notNullMarked(packages),
        "public packages without @NullMarked in their package-info.java");
  }

  @Test
  void freeFormMapsOfAnUploadKeepTheNullsKilibaSends() throws Exception {
    assertNullableValues(UploadStatus.class, "detectionError");
    assertNullableValues(UploadOutput.class, "validationSummary");
    stubFor(get("/client/v1/physical-stores/uploads/u-1").willReturn(okJson("{\"uploadId\":\"u-1\","
        + "\"detectionError\":{\"reason\":\"no header row\",\"column\":null},"
        + "\"outputs\":[{\"datasetType\":\"customers\",\"validationSummary\":{\"rowsWithoutEmail\":null,\"rows\":3}}]}")));

    UploadStatus status = client.physicalStores().getUpload("u-1");

    verify(getRequestedFor(urlEqualTo("/client/v1/physical-stores/uploads/u-1")).withHeader("X-API-Key", equalTo("test-key-123")));
    assertTrue(status.detectionError().containsKey("column"));
    assertNull(status.detectionError().get("column"));
    assertEquals("no header row", status.detectionError().get("reason"));
    Map<String, @Nullable Object> summary = status.outputs().get(0).validationSummary();
    assertTrue(summary.containsKey("rowsWithoutEmail"));
    assertNull(summary.get("rowsWithoutEmail"));
    assertEquals(3, summary.get("rows"));
  }

  private static void assertNullableValues(Class<?> model, String accessor) throws NoSuchMethodException {
    AnnotatedParameterizedType map = (AnnotatedParameterizedType) model.getMethod(accessor).getAnnotatedReturnType();
    assertTrue(map.getAnnotatedActualTypeArguments()[1].isAnnotationPresent(Nullable.class), model.getSimpleName() + "." + accessor);
  }
}
