package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The three fakes of a starter test class, registered as one extension: started before its tests,
 * reset before each, stopped after them; with the properties and the context runner that point the
 * starter's three clients at them.
 */
final class StarterFakes implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {
  final FakeKiliba kiliba = new FakeKiliba();
  final FakeKarla karla = new FakeKarla();
  final FakeKibo kibo = new FakeKibo();

  @Override
  public void beforeAll(ExtensionContext context) {
    kiliba.start();
    karla.start();
    kibo.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    kiliba.reset();
    karla.reset();
    kibo.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    kiliba.close();
    karla.close();
    kibo.close();
  }

  /** The {@code commerce.*} properties of the three fakes. */
  String[] properties() {
    return FakeProperties.of(kiliba, karla, kibo);
  }

  /** A runner with the three clients' auto-configurations and {@code more}, pointed at the fakes. */
  ApplicationContextRunner runner(Class<?>... more) {
    List<Class<?>> configurations = new ArrayList<>(List.of(KilibaAutoConfiguration.class,
        KarlaAutoConfiguration.class, KiboImportExportAutoConfiguration.class));
    configurations.addAll(List.of(more));
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(configurations.toArray(new Class<?>[0])))
        .withPropertyValues(properties());
  }
}
