package io.commerceclients.testing.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The family's shared part, against {@link StandInClient}: the builder found by name and pointed at
 * the fake, the no-op sleeper and fast polling made from the builder's own parameter types, the
 * message when the client is not on the class path, and the parameters a registered fake injects.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeApiTest {

  /** A fake of the stand-in API. */
  static final class FakeStandIn extends FakeApi {
    FakeStandIn(String clientClassName) {
      super(clientClassName, "standin-client");
    }

    @Override
    protected Map<String, Object> clientSettings() {
      Map<String, Object> settings = new LinkedHashMap<>();
      settings.put("baseUrl", baseUrl());
      settings.put("tenantId", 42L);
      return settings;
    }
  }

  @RegisterExtension
  static FakeStandIn fake = new FakeStandIn(StandInClient.class.getName());

  private static StandInClient injectedEarlier;

  @Test
  void theBuilderIsPointedAtTheFakeWithANoOpSleeperAndFastPolling() throws Exception {
    StandInClient.Builder builder = fake.clientBuilder();

    assertEquals(List.of("baseUrl", "tenantId", "sleeper", "polling"), builder.calls);
    assertEquals(fake.baseUrl(), builder.baseUrl);
    assertEquals(42, builder.tenantId);
    assertEquals("NoOpSleeper{FakeStandIn}", builder.sleeper.toString());
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> builder.sleeper.sleep(Duration.ofDays(1)));
    assertEquals(Duration.ofMillis(10), builder.polling.interval);
    assertEquals(1.0, builder.polling.multiplier);
    assertEquals(Duration.ofMinutes(2), builder.polling.timeout);
    assertEquals(1_000, builder.polling.maxAttempts);
  }

  @Test
  void theTypedBuilderChainsAndChecksItsType() {
    assertEquals(0, fake.clientBuilder(StandInClient.Builder.class).maxRetries(0).maxRetries);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fake.clientBuilder(String.class));
    assertEquals("FakeStandIn builds clients with a " + StandInClient.Builder.class.getName()
        + ", not a java.lang.String", e.getMessage());
  }

  @Test
  void aClientClassThatIsNotOnTheClassPathIsNamedWithItsArtifact() {
    try (FakeStandIn absent = new FakeStandIn("io.commerceclients.nowhere.NoSuchClient")) {
      absent.start();
      IllegalStateException e = assertThrows(IllegalStateException.class, absent::clientBuilder);
      assertTrue(e.getMessage().startsWith("FakeStandIn.clientBuilder() needs io.commerceclients:standin-client"
          + " on the test class path (class io.commerceclients.nowhere.NoSuchClient was not found)"), e.getMessage());
    }
  }

  static Stream<Arguments> realFakes() {
    return Stream.of(
        Arguments.of((Supplier<FakeApi>) FakeKiliba::new, "kiliba-client", "io.commerceclients.kiliba.KilibaClient"),
        Arguments.of((Supplier<FakeApi>) FakeKarla::new, "karla-client", "io.commerceclients.karla.KarlaClient"),
        Arguments.of((Supplier<FakeApi>) FakeKibo::new, "kibo-importexport-client",
            "io.commerceclients.kibo.importexport.KiboImportExportClient"));
  }

  /** sdk-testing's own class path has no client, as a user's that forgot the dependency. */
  @ParameterizedTest
  @MethodSource("realFakes")
  void eachFakeNamesTheClientArtifactItNeeds(Supplier<FakeApi> create, String artifact, String clientClass) {
    try (FakeApi api = create.get().start()) {
      IllegalStateException e = assertThrows(IllegalStateException.class, api::clientBuilder);
      assertTrue(e.getMessage().contains("needs io.commerceclients:" + artifact + " on the test class path (class "
          + clientClass + " was not found)"), e.getMessage());
    }
  }

  @Test
  void aFakeThatIsNotStartedSaysSo() {
    FakeStandIn stopped = new FakeStandIn(StandInClient.class.getName());
    IllegalStateException e = assertThrows(IllegalStateException.class, stopped::clientBuilder);
    assertEquals("the server is not started", e.getMessage());
  }

  @Test
  @Order(1)
  void injectsTheFakeUnderItsOwnTypesAndABuiltClient(FakeStandIn self, FakeApi family, FakeHttpServer server,
      StandInClient client) {
    assertSame(fake, self);
    assertSame(fake, family);
    assertSame(fake, server);
    assertEquals(fake.baseUrl(), client.settings().baseUrl);
    assertNotNull(client.settings().sleeper);
    assertFalse(client.isClosed());
    injectedEarlier = client;
  }

  @Test
  @Order(2)
  void theInjectedClientWasClosedAfterItsTest() {
    assertNotNull(injectedEarlier, "the injection test runs first");
    assertTrue(injectedEarlier.isClosed());
  }
}
