package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The error body Kibo returns with a 4xx or 5xx status, for example {@code {"message": "...",
 * "errorCode": "ITEM_NOT_FOUND", "applicationName": "..."}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableKiboError.class)
@JsonDeserialize(builder = ImmutableKiboError.Builder.class)
public interface KiboError {

  /** Returns a builder. */
  static ImmutableKiboError.Builder builder() {
    return ImmutableKiboError.builder();
  }

  /** The human-readable message. */
  Optional<String> message();

  /** A stable code such as {@code ITEM_NOT_FOUND} or {@code VALIDATION_ERROR}. */
  Optional<String> errorCode();

  /** The Kibo application that answered. */
  Optional<String> applicationName();

  /** Extra name/value details, as Kibo sends them. */
  List<Map<String, @Nullable Object>> additionalErrorData();

  /** Kibo's exception details (message, type), when present. */
  Optional<Map<String, @Nullable Object>> exceptionDetail();
}
