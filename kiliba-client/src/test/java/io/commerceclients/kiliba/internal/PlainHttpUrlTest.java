package io.commerceclients.kiliba.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainHttpUrlTest {

  @ParameterizedTest
  @ValueSource(strings = {"https://shop.example/products/1", "http://shop.example", "https://a.b/c?x=1&y=(2)",
      "https://user@shop.example:8443/p;v=1", "https://shop.example/products/1?q=a+b"})
  void theFastPathAcceptsOnlyWhatUriAccepts(String url) throws Exception {
    assertTrue(ImportValidator.isPlainHttpUrl(url));
    assertTrue(new URI(url).isAbsolute());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/products/1", "https:///x", "https://", "https://shop.example/a b", "https://shop.example/%zz",
      "https://shop.example/#a#b", "ftp://shop.example/x", "https://shop.example/ü", "https://[::1]/x"})
  void everythingElseGoesToUri(String url) {
    assertFalse(ImportValidator.isPlainHttpUrl(url));
  }
}
