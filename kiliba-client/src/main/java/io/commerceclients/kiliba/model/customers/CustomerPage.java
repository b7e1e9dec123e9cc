package io.commerceclients.kiliba.model.customers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** One page of the customer list, with the total number of customers matching the filters. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerPage.class)
@JsonDeserialize(builder = ImmutableCustomerPage.Builder.class)
public interface CustomerPage {

  /** Returns a builder. */
  static ImmutableCustomerPage.Builder builder() {
    return ImmutableCustomerPage.builder();
  }

  /** The customers of this page. */
  List<Customer> customers();

  /** How many customers match the filters, over all pages. */
  Optional<Long> total();

  /** How many matching customers are outside the account's package. */
  Optional<Long> totalOutOfPackage();
}
