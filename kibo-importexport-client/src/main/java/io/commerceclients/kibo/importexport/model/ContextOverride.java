package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Targets a job at a master catalog, catalog, site, locale or currency other than the tenant's
 * defaults. Kibo requires it for a {@code ProductImages} import.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableContextOverride.class)
@JsonDeserialize(builder = ImmutableContextOverride.Builder.class)
public interface ContextOverride {

  /** Returns a builder; every field is optional. */
  static ImmutableContextOverride.Builder builder() {
    return ImmutableContextOverride.builder();
  }

  /** The master catalog id. */
  Optional<Integer> masterCatalog();

  /** The locale code, for example {@code en-US}. */
  Optional<String> locale();

  /** The ISO currency code, for example {@code USD}. */
  Optional<String> currency();

  /** The catalog id. */
  Optional<Integer> catalog();

  /** The site id. */
  Optional<Integer> site();
}
