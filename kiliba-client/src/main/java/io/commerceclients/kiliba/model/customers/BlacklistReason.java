package io.commerceclients.kiliba.model.customers;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The parsed form of a customer's {@code blacklist_reason}, which Kiliba sends as a JSON document
 * inside a string, for example {@code {"reasonName":"blacklist.Admin","source":"ingestion"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBlacklistReason.class)
@JsonDeserialize(builder = ImmutableBlacklistReason.Builder.class)
public interface BlacklistReason {

  /** Returns a builder. */
  static ImmutableBlacklistReason.Builder builder() {
    return ImmutableBlacklistReason.builder();
  }

  /** The reason's name, for example {@code blacklist.Admin}. */
  Optional<String> reasonName();

  /** Where the blacklisting came from, for example {@code ingestion}. */
  Optional<String> source();

  /** The email of the Kiliba user who blacklisted the customer, often empty. */
  Optional<String> userEmail();

  /** Free text attached to the reason, often empty. */
  Optional<String> customText();
}
