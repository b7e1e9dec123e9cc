package io.commerceclients.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every Java sample of the README that is marked {@code <!-- compiled: path -->} appears, line for
 * line, in that source file of this module's tests, which compiles (and, for the JUnit samples,
 * runs): a sample cannot drift from the real API unnoticed.
 */
class ReadmeSamplesTest {

  private static final Pattern MARKED_SAMPLE =
      Pattern.compile("<!-- compiled: (\\S+) -->\\s*\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyMarkedSampleIsInItsCompiledSource() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    String readme = Files.readString(root.resolve("README.md"));
    Matcher m = MARKED_SAMPLE.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (m.find()) {
      Path source = root.resolve(m.group(1));
      List<String> sample = lines(m.group(2));
      List<String> code = lines(Files.readString(source));
      assertTrue(Collections.indexOfSubList(code, sample) >= 0,
          () -> "README sample not found verbatim in " + source + ":\n" + String.join("\n", sample));
      checked.add(source.getFileName().toString());
    }
    assertEquals(List.of("KilibaSnippets.java", "KilibaSnippets.java", "KilibaSnippets.java", "CustomerHygieneTest.java",
        "KarlaSnippets.java", "KarlaSnippets.java", "KarlaSnippets.java", "KarlaSnippets.java", "OrderSyncTest.java",
        "KiboSnippets.java", "KiboSnippets.java", "CatalogSyncTest.java", "KiboBatchSnippets.java", "KiboCallsSampleTest.java",
        "FakeFamilyTest.java"), checked);
  }

  private static List<String> lines(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).collect(Collectors.toList());
  }
}
