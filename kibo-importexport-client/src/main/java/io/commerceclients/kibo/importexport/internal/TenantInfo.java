package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The part of {@code GET /api/platform/tenants/{tenantId}} the client reads: the tenant host. */
@Value.Immutable
@JsonSerialize(as = ImmutableTenantInfo.class)
@JsonDeserialize(builder = ImmutableTenantInfo.Builder.class)
interface TenantInfo {

  static ImmutableTenantInfo.Builder builder() {
    return ImmutableTenantInfo.builder();
  }

  Optional<Long> id();

  Optional<String> name();

  /** The tenant host, for example {@code t12345.sandbox.mozu.com}. */
  Optional<String> domain();
}
