package io.commerceclients.kiliba.model.customers;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** The body of the blacklist and whitelist calls: the emails of the customers to change. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerEmails.class)
@JsonDeserialize(builder = ImmutableCustomerEmails.Builder.class)
public interface CustomerEmails {

  /** Returns a builder. */
  static ImmutableCustomerEmails.Builder builder() {
    return ImmutableCustomerEmails.builder();
  }

  /** Returns the body for these emails. */
  static CustomerEmails of(Iterable<String> emails) {
    return builder().addAllCustomerEmails(emails).build();
  }

  /** The customers' email addresses. */
  @JsonProperty("customer_emails")
  List<String> customerEmails();
}
