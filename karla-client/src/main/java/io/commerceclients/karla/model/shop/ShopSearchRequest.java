package io.commerceclients.karla.model.shop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of a shop search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableShopSearchRequest.class)
@JsonDeserialize(builder = ImmutableShopSearchRequest.Builder.class)
public interface ShopSearchRequest {

  /** Returns a new builder of {@code ShopSearchRequest}. */
  static ImmutableShopSearchRequest.Builder builder() {
    return ImmutableShopSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Shop UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Shop name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Shop slug. */
  @JsonProperty("slug")
  Optional<String> slug();

  /** Shop system provider. */
  @JsonProperty("shop_provider")
  Optional<ShopProvider> shopProvider();

  /** Default language. */
  @JsonProperty("language")
  Optional<Language> language();

  /** Organization. */
  @JsonProperty("organization")
  Optional<String> organization();
}
