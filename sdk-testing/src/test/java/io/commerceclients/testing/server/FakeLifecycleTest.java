package io.commerceclients.testing.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How long a registered fake runs: in a static field, for its class and the class's {@code @Nested}
 * classes (on one port); in an instance field, for one test, a nested class's tests included; with
 * {@code PER_CLASS}, for the class.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeLifecycleTest {
  @RegisterExtension
  static final FakeHttpServer classFake = new FakeHttpServer();

  @RegisterExtension
  final FakeHttpServer testFake = new FakeHttpServer();

  private static final List<FakeHttpServer> testFakesSeen = new CopyOnWriteArrayList<>();
  private static int classPort;

  @BeforeAll
  static void rememberThePort() {
    classPort = classFake.port();
  }

  /** Checks the class's fake still runs on its first port, and that the previous test's own fake stopped. */
  private void check() {
    assertTrue(classFake.isRunning());
    assertEquals(classPort, classFake.port(), "the class's fake kept its port");
    assertTrue(testFake.isRunning());
    for (FakeHttpServer earlier : testFakesSeen) {
      if (earlier != testFake) {
        assertFalse(earlier.isRunning(), "an earlier test's fake was stopped");
      }
    }
    testFakesSeen.add(testFake);
  }

  @Test
  @Order(1)
  void aTestOfTheClass() {
    check();
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class FirstNested {
    @Test
    @Order(1)
    void oneTest() {
      check();
    }

    @Test
    @Order(2)
    void anotherTest() {
      check();
    }
  }

  @Nested
  class SecondNested {
    @Test
    void runsAfterTheFirstNestedClassEnded() {
      check();
    }
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @RegisterExtension
    final FakeHttpServer perClassFake = new FakeHttpServer();
    private int firstPort;

    @Test
    @Order(1)
    void first() {
      check();
      firstPort = perClassFake.port();
    }

    @Test
    @Order(2)
    void secondKeepsTheFakeOfTheFirst() {
      check();
      assertTrue(perClassFake.isRunning());
      assertEquals(firstPort, perClassFake.port());
    }
  }
}
