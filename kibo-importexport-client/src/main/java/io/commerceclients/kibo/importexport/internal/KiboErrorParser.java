package io.commerceclients.kibo.importexport.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.error.ErrorKind;
import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.internal.error.ErrorBodyParser;
import io.commerceclients.core.internal.error.JsonBodies;
import io.commerceclients.core.internal.error.ParsedError;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kibo's error body {@code {message, errorCode, applicationName, additionalErrorData[{name,
 * value}], exceptionDetail{message}}}; each {@code additionalErrorData} entry becomes a field
 * error. Never throws.
 */
final class KiboErrorParser implements ErrorBodyParser {

  @Override
  public ParsedError parse(int statusCode, String body) {
    JsonNode root = JsonBodies.readObject(body);
    if (root == null) {
      return ParsedError.empty();
    }
    String code = JsonBodies.firstText(root, "errorCode", "code", "error");
    String message = JsonBodies.firstText(root, "message", "error_description");
    if (message == null) {
      message = JsonBodies.text(root.get("exceptionDetail"), "message");
    }
    List<FieldError> fields = new ArrayList<>();
    JsonNode extra = root.get("additionalErrorData");
    if (extra != null && extra.isArray()) {
      for (JsonNode item : extra) {
        String name = JsonBodies.text(item, "name");
        String value = JsonBodies.text(item, "value");
        if (name != null) {
          fields.add(new FieldError(name, value == null ? "" : value, code));
        }
      }
    }
    ParsedError parsed = ParsedError.of(code, message, fields);
    if (statusCode == 400 && "UNAUTHORIZED".equalsIgnoreCase(code)) {
      return parsed.withKind(ErrorKind.AUTHENTICATION);
    }
    return parsed;
  }
}
