package io.commerceclients.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/** What Spring Boot finds in the jar: the auto-configurations and the failure analyzer. */
class RegistrationTest {

  @Test
  void autoConfigurationsAreListedInTheImportsFile() {
    List<String> candidates = new ArrayList<>();
    ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader()).forEach(candidates::add);

    assertThat(candidates).contains(KilibaAutoConfiguration.class.getName(), KarlaAutoConfiguration.class.getName(),
        KiboImportExportAutoConfiguration.class.getName(), CommerceClientsActuatorAutoConfiguration.class.getName(),
        CommerceClientsHealthAutoConfiguration.class.getName());
  }

  @Test
  void failureAnalyzerIsRegistered() throws Exception {
    List<String> analyzers = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources("META-INF/spring.factories"))) {
      Properties factories = new Properties();
      try (InputStream in = url.openStream()) {
        factories.load(in);
      }
      for (String name : factories.getProperty(FailureAnalyzer.class.getName(), "").split(",")) {
        analyzers.add(name.trim());
      }
    }

    assertThat(analyzers).contains(ClientPropertiesFailureAnalyzer.class.getName());
  }
}
