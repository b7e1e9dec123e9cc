package io.commerceclients.kibo.importexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.validation.ValidationException;
import java.net.URI;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class HostsAndLinksTest {

  @Test
  void hostsBecomeBaseUrls() {
    HttpUrl auth = HostUrls.root("home.mozu.com", "authHost");
    assertEquals("https://home.mozu.com/", auth.toString());
    assertEquals("http://localhost:8080/", HostUrls.root("http://localhost:8080/ignored?x=1", "authHost").toString());
    assertEquals("https://t123.sandbox.mozu.com/api/", HostUrls.tenantApi("t123.sandbox.mozu.com", auth).toString());
    assertEquals("http://127.0.0.1:9000/api/",
        HostUrls.tenantApi("127.0.0.1:9000", HostUrls.root("http://127.0.0.1:9000", "authHost")).toString());
    assertEquals("https://gw.example.com/kibo/api/", HostUrls.tenantApi("https://gw.example.com/kibo/api/", auth).toString());
    ValidationException e = assertThrows(ValidationException.class, () -> HostUrls.root("ftp://x", "authHost"));
    assertEquals("authHost", e.field());
  }

  @Test
  void publicLinksAreReadAsJsonStringsOrBareText() {
    URI expected = URI.create("https://files.example.com/29594/f.zip?Expires=1&Signature=a%2Bb");
    assertEquals(expected, PublicLinks.parse("\"https://files.example.com/29594/f.zip?Expires=1&Signature=a%2Bb\""));
    assertEquals(expected, PublicLinks.parse("  https://files.example.com/29594/f.zip?Expires=1&Signature=a%2Bb\r\n"));
    ProtocolException e = assertThrows(ProtocolException.class, () -> PublicLinks.parse("\"not a url secret-sig\""));
    assertFalse(e.getMessage().contains("secret-sig"), e.getMessage());
    assertEquals(null, e.getCause());
    assertThrows(ProtocolException.class, () -> PublicLinks.parse(""));
  }
}
