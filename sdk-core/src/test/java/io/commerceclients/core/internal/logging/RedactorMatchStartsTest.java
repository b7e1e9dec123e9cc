package io.commerceclients.core.internal.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The redactor tries its form-field and URL-parameter patterns only where a match can start; on any
 * text this gives exactly what {@code replaceAll} over every position gives.
 */
class RedactorMatchStartsTest {

  private static final List<String> PIECES = List.of("&", "?", "=", "\\u0026", "\\", "u0026", "password", "PassWord",
      "sig", "x-amz-credential", "X-Amz-Signature", "signature", "token", "a", "b=", "\"", " ", "'", "<", "x.y-z_9",
      "sharedSecret", "=&", "&=", "??", "https://h/p");

  @Test
  void triesThePatternsOnlyWhereAMatchCanStartWithTheResultOfReplaceAll() {
    Redactor.Patterns patterns = Redactor.of(Set.of("X-Vol-Tenant"), Set.of("sharedSecret")).patterns();
    Random random = new Random(42);
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int k = random.nextInt(12); k >= 0; k--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String t = text.toString();
      assertEquals(replaceAll(t, patterns.formField()),
          Redactor.maskValuesOfMatches(t, patterns.formField(), new Redactor.Starts(t, true)), t);
      assertEquals(replaceAll(t, patterns.urlParameter()),
          Redactor.maskValuesOfMatches(t, patterns.urlParameter(), new Redactor.Starts(t, false)), t);
    }
  }

  @Test
  void masksFormFieldsAndSignedUrlParametersOfABody() {
    Redactor redactor = Redactor.defaults();

    assertEquals("password=****&page=2", redactor.body("password=hunter22&page=2"));
    assertEquals("page=2&TOKEN=****", redactor.body("page=2&TOKEN=abc"));
    assertEquals("{\"upload\":\"https://s3/b/k?X-Amz-Signature=****\\u0026sig=****\"}",
        redactor.body("{\"upload\":\"https://s3/b/k?X-Amz-Signature=abc\\u0026sig=def\"}"));
    assertEquals("{\"n\":1,\"next\":\"https://h/p?page=2&x=1\"}", redactor.body("{\"n\":1,\"next\":\"https://h/p?page=2&x=1\"}"));
  }

  private static String replaceAll(String text, Pattern pattern) {
    return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + Redactor.MASK));
  }
}
