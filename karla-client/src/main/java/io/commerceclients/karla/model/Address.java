package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** A postal address (delivery address of an order or a claim, address of a pickup point). */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(builder = ImmutableAddress.Builder.class)
public interface Address {

  /** Returns a new builder of {@code Address}. */
  static ImmutableAddress.Builder builder() {
    return ImmutableAddress.builder();
  }

  /** The first line of the mailing address. */
  @JsonProperty("address_line_1")
  Optional<String> addressLine1();

  /** An additional line of the mailing address. */
  @JsonProperty("address_line_2")
  Optional<String> addressLine2();

  /** The city. */
  @JsonProperty("city")
  Optional<String> city();

  /** The country name. */
  @JsonProperty("country")
  Optional<String> country();

  /** The two-letter country code. */
  @JsonProperty("country_code")
  Optional<String> countryCode();

  /** First and last name of the resident. */
  @JsonProperty("name")
  Optional<String> name();

  /** The phone number. */
  @JsonProperty("phone")
  Optional<String> phone();

  /** The province or state name. */
  @JsonProperty("province")
  Optional<String> province();

  /** The province or state code. */
  @JsonProperty("province_code")
  Optional<String> provinceCode();

  /** The first and second lines of the address combined. */
  @JsonProperty("street")
  Optional<String> street();

  /** The zip or postal code (required when placing an order). */
  @JsonProperty("zip_code")
  Optional<String> zipCode();

  /** The company of the recipient. */
  @JsonProperty("company")
  Optional<String> company();
}
