package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** Why a batch job item failed: a code, a message, the field at fault and any nested errors. */
@Value.Immutable
@JsonSerialize(as = ImmutableBatchJobItemError.class)
@JsonDeserialize(builder = ImmutableBatchJobItemError.Builder.class)
public interface BatchJobItemError {

  /** Returns a builder. */
  static ImmutableBatchJobItemError.Builder builder() {
    return ImmutableBatchJobItemError.builder();
  }

  /** Kibo's error code, such as {@code VALIDATION_ERROR}. */
  Optional<String> code();

  /** The keys of the item the error is about. */
  List<BatchJobItemKey> itemKeys();

  /** A short message. */
  Optional<String> message();

  /** The field at fault. */
  Optional<String> field();

  /** A longer message. */
  Optional<String> longMessage();

  /** Nested errors. */
  List<BatchJobItemError> subErrors();

  /** Returns {@code code: message (field)} with what is present, for logs and reports. */
  default String describe() {
    StringBuilder s = new StringBuilder();
    code().ifPresent(c -> s.append(c).append(": "));
    s.append(message().or(this::longMessage).orElse("(no message)"));
    field().ifPresent(f -> s.append(" (").append(f).append(')'));
    return s.toString();
  }
}
