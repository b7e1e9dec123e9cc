package io.commerceclients.testing.kibo;

/**
 * A stateful fake of Kibo Commerce's auth, tenant and Import/Export APIs. The HTTP layer is built
 * on the server base of {@code io.commerceclients.testing.server} once it is available.
 */
public final class FakeKibo {
  private FakeKibo() {}
}
