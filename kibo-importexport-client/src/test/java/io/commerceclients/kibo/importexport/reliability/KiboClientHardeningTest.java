package io.commerceclients.kibo.importexport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Kibo client's settings and life cycle against misuse: clear text, passwords in URLs, calls after close. */
class KiboClientHardeningTest {
  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  private KiboImportExportClient.Builder builder() {
    return KiboImportExportClient.builder().tenantId(12345).clientId("app.client").sharedSecret("shared-secret-1234");
  }

  @Test
  void plainHttpToARealAuthHostIsRefusedSoTheSecretNeverTravelsInClearText() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> builder().authHost("http://home.mozu.com").build());
    assertTrue(e.getMessage().contains("authHost"), e.getMessage());
    ValidationException tenant = assertThrows(ValidationException.class,
        () -> builder().tenantHost("http://t12345.sandbox.mozu.com").build());
    assertTrue(tenant.getMessage().contains("tenantHost"), tenant.getMessage());
  }

  @Test
  void aPasswordInTheBaseUrlNeverShowsInToStringOrMessages() {
    try (KiboImportExportClient client = builder().baseUrl("https://user:proxy-pass-77@t12345.sandbox.mozu.com").build()) {
      assertFalse(client.toString().contains("proxy-pass-77"), client.toString());
    }
    ValidationException e = assertThrows(ValidationException.class,
        () -> builder().authHost("ht tp://user:proxy-pass-77@home.mozu.com").build());
    assertFalse(e.getMessage().contains("proxy-pass-77"), e.getMessage());
  }

  @Test
  void aClosedClientFailsFastAndSendsNothing() {
    KiboImportExportClient client = KiboImportExportClient.builder().authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret()).build();
    client.imports().list(ListJobsRequest.builder().build());
    int before = kibo.requests().size();
    client.close();
    assertThrows(IllegalStateException.class, () -> client.imports().list(ListJobsRequest.builder().build()));
    assertEquals(before, kibo.requests().size());
  }

  @Test
  void theEnvironmentIsReadLikeFromEnvAndLaterBuilderCallsWin() {
    try (KiboImportExportClient client = KiboImportExportClient.builder()
        .environment(Map.of("KIBO_TENANT", Long.toString(kibo.tenantId()), "KIBO_CLIENT_ID", kibo.clientId(),
            "KIBO_SHARED_SECRET", "wrong-secret-from-env", "KIBO_AUTH_HOST", kibo.baseUrl()))
        .sharedSecret(kibo.sharedSecret()).build()) {
      client.imports().list(ListJobsRequest.builder().build());
    }
    ValidationException e = assertThrows(ValidationException.class,
        () -> KiboImportExportClient.builder().environment(Map.of("KIBO_TENANT", "t12345")));
    assertTrue(e.getMessage().contains("KIBO_TENANT"), e.getMessage());
  }
}
