package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The customer of an order or a cart. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerReference.class)
@JsonDeserialize(builder = ImmutableCustomerReference.Builder.class)
public interface CustomerReference {

  /** Returns a builder. */
  static ImmutableCustomerReference.Builder builder() {
    return ImmutableCustomerReference.builder();
  }

  /** The customer's id in your system. */
  Optional<KilibaId> id();

  /** The customer's email address. */
  Optional<String> email();

  /** First name. */
  Optional<String> firstName();

  /** Last name. */
  Optional<String> lastName();

  /** The ids of the customer's groups. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<KilibaId> customerGroupIds();

  /** The customer's default group id. */
  Optional<KilibaId> defaultCustomerGroupId();
}
