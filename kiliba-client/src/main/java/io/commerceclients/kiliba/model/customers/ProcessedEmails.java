package io.commerceclients.kiliba.model.customers;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The answer of the blacklist and whitelist calls. */
@Value.Immutable
@JsonSerialize(as = ImmutableProcessedEmails.class)
@JsonDeserialize(builder = ImmutableProcessedEmails.Builder.class)
public interface ProcessedEmails {

  /** Returns a builder. */
  static ImmutableProcessedEmails.Builder builder() {
    return ImmutableProcessedEmails.builder();
  }

  /** How many emails Kiliba changed (customers with a Kiliba-owned reason are left alone). */
  @JsonProperty("processed_emails")
  Optional<Long> processedEmails();
}
