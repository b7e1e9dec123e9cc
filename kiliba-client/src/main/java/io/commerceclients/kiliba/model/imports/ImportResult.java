package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Kiliba's answer to one import request. */
@Value.Immutable
@JsonSerialize(as = ImmutableImportResult.class)
@JsonDeserialize(builder = ImmutableImportResult.Builder.class)
public interface ImportResult {

  /** Returns a builder. */
  static ImmutableImportResult.Builder builder() {
    return ImmutableImportResult.builder();
  }

  /** How many records of the request Kiliba processed. */
  Optional<Long> processed();
}
