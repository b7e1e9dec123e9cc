package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** One key of the item an error is about, such as {@code productCode = SHIRT-1} ({@code StringStringKeyValuePair}). */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobItemKey.class)
@JsonDeserialize(builder = ImmutableBatchJobItemKey.Builder.class)
public interface BatchJobItemKey {

  /** Returns a builder. */
  static ImmutableBatchJobItemKey.Builder builder() {
    return ImmutableBatchJobItemKey.builder();
  }

  /** The key's name. */
  Optional<String> key();

  /** The key's value. */
  Optional<String> value();
}
