package io.commerceclients.kibo.importexport;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
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
import io.commerceclients.kibo.importexport.csv.KiboCsv;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.JobConfiguration;
import java.lang.reflect.AnnotatedParameterizedType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The Kibo client's API is null-marked, and what it documents as nullable is: a null {@code
 * responseFields} reads every field, a job's free-form configuration keeps the JSON nulls Kibo
 * sends, and the CSV helpers take a null field or value.
 */
@WireMockTest
class NullSafetyTest {

  @Test
  void everyPublicPackageIsNullMarked() {
    Map<String, Class<?>> packages = PublicPackages.of(KiboImportExportClient.class);

    assertTrue(packages.keySet().containsAll(List.of("io.commerceclients.kibo.importexport",
        "io.commerceclients.kibo.importexport.csv", "io.commerceclients.kibo.importexport.model",
        "io.commerceclients.kibo.importexport.batch")), "the scan found " + packages.keySet());
    assertFalse(packages.keySet().stream().anyMatch(p -> p.contains(".internal")), packages.keySet().toString());
    assertEquals(List.of(), PublicPackages.notNullMarked(packages),
        "public packages without @NullMarked in their package-info.java");
  }

  @Test
  void nullResponseFieldsReadEveryFieldAndTheConfigurationKeepsItsNulls(WireMockRuntimeInfo wm) throws Exception {
    assertTrue(ExportJobsService.class.getMethod("get", String.class, String.class).getAnnotatedParameterTypes()[1]
        .isAnnotationPresent(Nullable.class));
    AnnotatedParameterizedType optional =
        (AnnotatedParameterizedType) JobConfiguration.class.getMethod("asMap").getAnnotatedReturnType();
    AnnotatedParameterizedType map = (AnnotatedParameterizedType) optional.getAnnotatedActualTypeArguments()[0];
    assertTrue(map.getAnnotatedActualTypeArguments()[1].isAnnotationPresent(Nullable.class));
    stubFor(post("/api/platform/applications/authtickets/oauth").willReturn(okJson(
        "{\"access_token\":\"tok-1\",\"token_type\":\"Bearer\",\"expires_in\":3600}")));
    stubFor(get("/api/platform/data/export/e1").willReturn(okJson("{\"id\":\"e1\",\"name\":\"nightly\","
        + "\"status\":\"pending\",\"configuration\":{\"locale\":\"en-US\",\"lastRunAt\":null}}")));

    ExportJob job;
    try (KiboImportExportClient client = KiboImportExportClient.builder().authHost(wm.getHttpBaseUrl())
        .tenantHost(wm.getHttpBaseUrl()).tenantId(123).clientId("app.id").sharedSecret("s3cr3t").sleeper(d -> { })
        .build()) {
      job = client.exports().get("e1", null);
    }

    verify(getRequestedFor(urlEqualTo("/api/platform/data/export/e1")).withHeader("Authorization", equalTo("Bearer tok-1")));
    assertEquals(Optional.of("nightly"), job.name());
    Map<String, @Nullable Object> configuration = job.configuration().orElseThrow().asMap().orElseThrow();
    assertEquals("en-US", configuration.get("locale"));
    assertTrue(configuration.containsKey("lastRunAt"));
    assertNull(configuration.get("lastRunAt"));
  }

  @Test
  void csvHelpersTakeANullFieldAsAnEmptyOne() throws Exception {
    assertTrue(KiboCsv.class.getMethod("format", Object.class).getAnnotatedParameterTypes()[0]
        .isAnnotationPresent(Nullable.class));

    assertEquals("", KiboCsv.format(null));
    assertEquals(List.of(), KiboCsv.splitMultiValue(null));
  }
}
