package io.commerceclients.testing.kibo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Kibo's {@code responseFields} query parameter: the fields an answer keeps, comma-separated,
 * nested with dots ({@code files.id}) or parentheses ({@code files(id,fileType)}). A list applies
 * to each element of an array; names match ignoring case; a name the answer lacks is ignored.
 * Exclusions ({@code -name}) and wildcards are not served: the fake answers 400.
 */
final class KiboResponseFields {

  /** A field kept whole (no children), or only the listed children. */
  private static final class Node {
    final Map<String, Node> children = new LinkedHashMap<>();
    boolean whole;
  }

  private final Node root;

  private KiboResponseFields(Node root) {
    this.root = root;
  }

  /**
   * Parses {@code spec}.
   *
   * @throws KiboFakeError (400) if the list is malformed or uses what the fake does not serve
   */
  static KiboResponseFields parse(String spec) {
    Parser parser = new Parser(spec);
    Node root = new Node();
    parser.list(root);
    if (!parser.atEnd()) {
      throw parser.error("unexpected '" + parser.peek() + "'");
    }
    return new KiboResponseFields(root);
  }

  /** Returns a trimmed copy of {@code answer}. */
  JsonNode apply(JsonNode answer) {
    return trim(answer, root);
  }

  private static JsonNode trim(JsonNode node, Node fields) {
    if (fields.whole) {
      return node.deepCopy();
    }
    if (node.isArray()) {
      ArrayNode out = ((ArrayNode) node).arrayNode();
      node.forEach(item -> out.add(trim(item, fields)));
      return out;
    }
    if (!node.isObject()) {
      return node.deepCopy();
    }
    ObjectNode out = ((ObjectNode) node).objectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Node wanted = fields.children.get(field.getKey().toLowerCase(Locale.ROOT));
      if (wanted != null) {
        out.set(field.getKey(), trim(field.getValue(), wanted));
      }
    }
    return out;
  }

  /** A recursive-descent parser of {@code item (',' item)*}, {@code item = name ('.' item | '(' list ')')?}. */
  private static final class Parser {
    private final String text;
    private int pos;

    Parser(String text) {
      this.text = text;
    }

    void list(Node parent) {
      do {
        item(parent);
      } while (accept(','));
    }

    private void item(Node parent) {
      String name = name();
      Node child = parent.children.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Node());
      if (accept('.')) {
        if (!child.whole) {
          item(child);
        } else {
          item(new Node());
        }
      } else if (accept('(')) {
        Node group = child.whole ? new Node() : child;
        list(group);
        if (!accept(')')) {
          throw error("missing ')'");
        }
      } else {
        child.whole = true;
        child.children.clear();
      }
    }

    private String name() {
      skipSpaces();
      int start = pos;
      while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
        pos++;
      }
      if (start == pos) {
        if (pos < text.length() && (text.charAt(pos) == '-' || text.charAt(pos) == '*')) {
          throw error("'" + text.charAt(pos) + "' (exclusions and wildcards) is not supported by FakeKibo");
        }
        throw error(pos < text.length() ? "expected a field name at '" + text.charAt(pos) + "'"
            : "expected a field name at the end");
      }
      return text.substring(start, pos);
    }

    private boolean accept(char c) {
      skipSpaces();
      if (pos < text.length() && text.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    private void skipSpaces() {
      while (pos < text.length() && text.charAt(pos) == ' ') {
        pos++;
      }
    }

    boolean atEnd() {
      skipSpaces();
      return pos >= text.length();
    }

    char peek() {
      return text.charAt(pos);
    }

    KiboFakeError error(String problem) {
      return new KiboFakeError(400, "VALIDATION_ERROR",
          "Invalid responseFields '" + text + "' at position " + pos + ": " + problem);
    }
  }
}
