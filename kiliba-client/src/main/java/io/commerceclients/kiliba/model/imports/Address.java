package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A billing address of a customer, an order or a cart ({@code importAddress} in the reference). */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(builder = ImmutableAddress.Builder.class)
public interface Address {

  /** Returns a builder. */
  static ImmutableAddress.Builder builder() {
    return ImmutableAddress.builder();
  }

  /** Street address. */
  Optional<String> address();

  /** City. */
  Optional<String> city();

  /** ISO country code, for example {@code FR}. */
  Optional<String> countryCode();

  /** Country name. */
  Optional<String> country();

  /** Phone number. */
  Optional<String> phone();

  /** Postal code. */
  Optional<String> zipcode();

  /** Region. */
  Optional<String> region();
}
