package io.commerceclients.kiliba.startup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.kiliba.FakeKiliba;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a fresh JVM pays for a client (issue 14's cold start): building clients and a call that
 * logs nothing start no SLF4J and load none of the services the call does not use, and the
 * short-lived warm-up thread ends on its own.
 */
class ColdStartTest {

  @Test
  void aFreshJvmLoadsOnlyWhatItsFirstCallNeeds() throws Exception {
    try (FakeKiliba fake = FakeKiliba.started()) {
      fake.customers().addGenerated(3);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      Process child = new ProcessBuilder(List.of(java, "-Xlog:class+load=info", "-cp",
          System.getProperty("java.class.path"), ColdStartMain.class.getName(), fake.baseUrl(), fake.apiKey()))
          .redirectErrorStream(true).start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(child.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, child.exitValue(), output);

      assertTrue(output.contains("CUSTOMERS 2"), output);
      assertTrue(output.contains("WARM-UP THREADS LEFT 0"), "the warm-up thread ends on its own");
      assertFalse(loaded(output, "org.slf4j.LoggerFactory"), "SLF4J is started only to log something");
      for (String unused : List.of("DefaultImportsService", "ImportValidator", "DefaultPhysicalStoresService",
          "DefaultTransactionalEmailsService", "DefaultKilibaAsyncClient", "DefaultCustomersServiceAsync")) {
        assertFalse(loaded(output, "io.commerceclients.kiliba.internal." + unused), unused + " is made on first use");
      }
      assertTrue(loaded(output, "io.commerceclients.kiliba.internal.DefaultCustomersService"), output);
    }
  }

  private static boolean loaded(String classLoadLog, String className) {
    return Pattern.compile("\\] " + Pattern.quote(className) + " source:").matcher(classLoadLog).find();
  }
}
