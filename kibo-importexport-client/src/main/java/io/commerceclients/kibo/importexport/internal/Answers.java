package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import java.util.Optional;

/**
 * Checks that a Kibo answer holds what the operation needs to go on. A server that breaks the
 * contract gets {@link ProtocolException} whose message names the operation and the field, never a
 * {@code NullPointerException} or an Immutables message.
 */
final class Answers {
  static final String UPLOAD = "upload file (POST /platform/data/files)";
  static final String CREATE_IMPORT = "create import job (POST /platform/data/import)";
  static final String CREATE_EXPORT = "create export job (POST /platform/data/export)";
  static final String GENERATE_LINK = "generate public link (POST /platform/data/files/{id}/generatelink)";

  private Answers() {}

  /**
   * Returns the value of a field the operation needs.
   *
   * @throws ProtocolException if it is absent or blank
   */
  static String field(Optional<String> value, String operation, String field) {
    return value.filter(v -> !v.isBlank()).orElseThrow(() -> missing(operation, field));
  }

  /** Returns the exception for an answer that lacks {@code field}. */
  static ProtocolException missing(String operation, String field) {
    return new ProtocolException(operation + ": Kibo's answer lacks the required field '" + field + "'");
  }
}
