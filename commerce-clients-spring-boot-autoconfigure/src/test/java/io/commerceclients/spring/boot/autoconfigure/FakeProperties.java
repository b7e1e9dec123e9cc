package io.commerceclients.spring.boot.autoconfigure;

import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import java.util.ArrayList;
import java.util.List;

/** The {@code commerce.*} properties that point each client at its fake, for a context runner. */
final class FakeProperties {
  private FakeProperties() {}

  static String[] of(FakeKiliba kiliba) {
    return new String[] {"commerce.kiliba.base-url=" + kiliba.baseUrl(), "commerce.kiliba.api-key=" + kiliba.apiKey()};
  }

  static String[] of(FakeKarla karla) {
    return new String[] {"commerce.karla.base-url=" + karla.baseUrl(), "commerce.karla.username=" + karla.username(),
        "commerce.karla.api-key=" + karla.apiKey()};
  }

  static String[] of(FakeKibo kibo) {
    return new String[] {"commerce.kibo.auth-host=" + kibo.baseUrl(), "commerce.kibo.tenant-id=" + kibo.tenantId(),
        "commerce.kibo.client-id=" + kibo.clientId(), "commerce.kibo.shared-secret=" + kibo.sharedSecret()};
  }

  /** The properties of the three fakes together. */
  static String[] of(FakeKiliba kiliba, FakeKarla karla, FakeKibo kibo) {
    List<String> all = new ArrayList<>(List.of(of(kiliba)));
    all.addAll(List.of(of(karla)));
    all.addAll(List.of(of(kibo)));
    return all.toArray(new String[0]);
  }
}
