package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import java.util.Optional;
import retrofit2.Call;

/**
 * Reads the answers of the batch-job calls: a body that is missing or is not the JSON the call
 * expects breaks Kibo's contract and becomes a {@link ProtocolException} whose message names the
 * operation and, where Jackson knows it, the field.
 */
final class BatchResponses {
  private static final String NO_CONTENT = "No content to map due to end-of-input";

  private BatchResponses() {}

  /** Executes {@code call} and returns its body, which must be present. */
  static <T> T read(KiboContext context, String operation, Call<T> call) {
    return readOptional(context, operation, call)
        .orElseThrow(() -> new ProtocolException("Kibo answered " + operation + " with no body"));
  }

  /** Executes {@code call} and returns its body, empty if Kibo answered with none. */
  static <T> Optional<T> readOptional(KiboContext context, String operation, Call<T> call) {
    try {
      return Optional.ofNullable(context.transport().execute(call));
    } catch (ProtocolException e) {
      throw e;
    } catch (TransportException e) {
      if (!(e.getCause() instanceof JsonProcessingException)) {
        throw e;
      }
      JsonProcessingException cause = (JsonProcessingException) e.getCause();
      if (cause instanceof MismatchedInputException && String.valueOf(cause.getOriginalMessage()).startsWith(NO_CONTENT)) {
        return Optional.empty();
      }
      throw unreadable(operation, e, cause);
    }
  }

  private static ProtocolException unreadable(String operation, TransportException e, JsonProcessingException cause) {
    StringBuilder message = new StringBuilder("Kibo's answer to ").append(operation).append(" could not be read");
    String field = cause instanceof JsonMappingException ? path((JsonMappingException) cause) : "";
    if (!field.isEmpty()) {
      message.append(" at field ").append(field);
    }
    String detail = String.valueOf(cause.getOriginalMessage());
    int newline = detail.indexOf('\n');
    message.append(": ").append(newline < 0 ? detail : detail.substring(0, newline));
    ErrorDetails details = ErrorDetails.builder()
        .method(e.method().orElse(null))
        .url(e.url().orElse(null))
        .message(message.toString())
        .build();
    return new ProtocolException(details, cause);
  }

  private static String path(JsonMappingException cause) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : cause.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
