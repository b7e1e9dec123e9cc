package io.commerceclients.core.hostile;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.support.TestClient;
import io.commerceclients.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

/** Settings that would put a secret on the wire in clear text, or in a message, are refused first. */
class InsecureInputTest {

  @Test
  void plainHttpToAHostOtherThanLoopbackIsRefused() {
    for (String url : new String[] {"http://api.example.com", "http://10.0.0.8:8080/", "http://127.0.0.1.example.com/"}) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> TestClient.builder().baseUrl(url).build(), url);
      assertTrue(e.getMessage().contains("baseUrl") && e.getMessage().contains("https"), e.getMessage());
    }
    for (String url : new String[] {"http://localhost:8080", "http://127.0.0.1:1/", "http://127.5.0.1/", "http://[::1]:9/"}) {
      assertDoesNotThrow(() -> TestClient.builder().baseUrl(url).build().close(), url);
    }
  }

  @Test
  void aPasswordInAnInvalidOrInsecureBaseUrlIsNeverEchoed() {
    for (String url : new String[] {"http://user:hunter2pw@api.example.com/", "ftp://user:hunter2pw@host/"}) {
      ValidationException e = assertThrows(ValidationException.class, () -> TestClient.builder().baseUrl(url).build());
      assertFalse(e.getMessage().contains("hunter2pw"), e.getMessage());
    }
  }

  @Test
  void aPasswordHoldingASlashOrAnAtSignInABaseUrlThatDoesNotParseIsNeverEchoed() {
    for (String url : new String[] {"https://shop:s3cr/et-Pa55@api.example.com/v1",
        "https://shop:p@ssw0rd-tail@api.example.com:99999/v1"}) {
      ValidationException e = assertThrows(ValidationException.class, () -> TestClient.builder().baseUrl(url).build());
      assertFalse(e.getMessage().contains("et-Pa55") || e.getMessage().contains("ssw0rd-tail"), e.getMessage());
      assertTrue(e.getMessage().contains("https://shop:****@"), e.getMessage());
    }
  }

  @Test
  void anApiKeyWithALineBreakOrControlCharacterIsRefusedWithoutShowingIt() {
    for (String key : new String[] {"key-abc\r\nX-Evil: 1", "key-abc\n", "key\u0000abcdef", "key\u00e9abcdef"}) {
      ValidationException e = assertThrows(ValidationException.class, () -> new ApiKeyAuthenticator("X-API-Key", key));
      assertTrue(e.getMessage().contains("apiKey"), e.getMessage());
      assertFalse(e.getMessage().contains("key-abc") || e.getMessage().contains("abcdef"), e.getMessage());
    }
  }

  @Test
  void aBasicUsernameWithAColonIsRefused() {
    assertThrows(ValidationException.class, () -> new BasicAuthenticator("shop:x", "secret-password"));
  }
}
