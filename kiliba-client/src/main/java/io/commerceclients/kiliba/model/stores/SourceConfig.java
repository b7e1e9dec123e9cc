package io.commerceclients.kiliba.model.stores;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Defaults Kiliba applies to the customers of a physical-store file. Kiliba's reference types the
 * shop and customer-group ids here as strings (unlike the import endpoints, which take a string or
 * a number), so they are sent as JSON strings.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSourceConfig.class)
@JsonDeserialize(builder = ImmutableSourceConfig.Builder.class)
public interface SourceConfig {

  /** Returns a builder. */
  static ImmutableSourceConfig.Builder builder() {
    return ImmutableSourceConfig.builder();
  }

  /** The ids of the shops the file's customers belong to. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> shopIds();

  /** The default shop id. */
  Optional<String> defaultShopId();

  /** The ids of the customer groups of the file's customers. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<String> customerGroupIds();

  /** The default customer group id. */
  Optional<String> defaultCustomerGroupId();

  /** The customers' language, a two-letter ISO 639-1 code. */
  Optional<String> langIsoCode();
}
