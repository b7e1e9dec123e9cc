package io.commerceclients.core.internal.error;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Reads {@code message}/{@code error} and {@code code}/{@code errorCode} from a JSON error body. */
final class GenericErrorBodyParser implements ErrorBodyParser {
  static final GenericErrorBodyParser INSTANCE = new GenericErrorBodyParser();

  private GenericErrorBodyParser() {}

  @Override
  public ParsedError parse(int statusCode, String body) {
    JsonNode node = JsonBodies.readObject(body);
    if (node == null) {
      return ParsedError.empty();
    }
    String message = JsonBodies.text(node, "message");
    String error = JsonBodies.text(node, "error");
    String code = JsonBodies.firstText(node, "code", "errorCode", "error_code");
    if (message == null) {
      message = error;
    } else if (code == null) {
      code = error;
    }
    return ParsedError.of(code, message, List.of());
  }
}
