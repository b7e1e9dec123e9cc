package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.internal.error.ErrorBodyParser;
import io.commerceclients.core.internal.error.JsonBodies;
import io.commerceclients.core.internal.error.ParsedError;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Kiliba's error body, which the reference does not document. Kiliba's API behaves like a
 * NestJS service, so this reads {@code {"statusCode", "message", "error"}} where {@code message} is
 * a string or a list of validation messages (each becoming a field error named by its first word,
 * such as {@code 0.price}); any other body leaves only the status and the raw body. Never throws.
 */
public final class KilibaErrorParser implements ErrorBodyParser {

  @Override
  public ParsedError parse(int statusCode, String body) {
    try {
      JsonNode node = JsonBodies.readObject(body);
      if (node == null) {
        return ParsedError.empty();
      }
      String error = JsonBodies.text(node, "error");
      String code = JsonBodies.firstText(node, "code", "errorCode");
      JsonNode message = node.get("message");
      if (message != null && message.isArray()) {
        List<String> messages = new ArrayList<>();
        List<FieldError> fields = new ArrayList<>();
        for (JsonNode m : message) {
          if (m.isValueNode()) {
            String text = m.asText();
            messages.add(text);
            int space = text.indexOf(' ');
            if (space > 0) {
              fields.add(new FieldError(text.substring(0, space), text.substring(space + 1), null));
            }
          }
        }
        return ParsedError.of(code != null ? code : error, String.join("; ", messages), fields);
      }
      String text = JsonBodies.text(node, "message");
      if (text == null) {
        return ParsedError.of(code, error, List.of());
      }
      return ParsedError.of(code != null ? code : error, text, List.of());
    } catch (RuntimeException unreadable) {
      return ParsedError.empty();
    }
  }
}
