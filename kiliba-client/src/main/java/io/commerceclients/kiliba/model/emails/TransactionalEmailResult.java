package io.commerceclients.kiliba.model.emails;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Kiliba's answer to a transactional email. */
@Value.Immutable
@JsonSerialize(as = ImmutableTransactionalEmailResult.class)
@JsonDeserialize(builder = ImmutableTransactionalEmailResult.Builder.class)
public interface TransactionalEmailResult {

  /** Returns a builder. */
  static ImmutableTransactionalEmailResult.Builder builder() {
    return ImmutableTransactionalEmailResult.builder();
  }

  /** The sending status Kiliba reports. */
  Optional<String> status();
}
