package io.commerceclients.testing.kibo;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The subset of Kibo's filter syntax the fake serves on job lists: comparisons {@code field op
 * value} joined by {@code and} (binding first) and {@code or}. Operators: {@code eq}, {@code ne},
 * {@code gt}, {@code ge}, {@code lt}, {@code le}, {@code sw} (starts with), {@code cont}
 * (contains). Values: {@code 'quoted text'} (a quote doubled inside), or a bare number, {@code
 * true}, {@code false}, {@code null} or word. Fields and text compare ignoring case; dates and
 * numbers compare as such. Parentheses, other operators and unknown fields are answered with 400.
 */
final class KiboFilter {

  /** The job fields a filter may name (lower case); dots reach into {@code auditInfo}. */
  static final Set<String> JOB_FIELDS = Set.of("id", "name", "domain", "status", "iscomplete", "requester",
      "tenant", "format", "statusmessage", "statusdetails", "auditinfo.createdate", "auditinfo.updatedate",
      "auditinfo.createby", "auditinfo.updateby");
  private static final Set<String> OPERATORS = Set.of("eq", "ne", "gt", "ge", "lt", "le", "sw", "cont");

  /** One {@code field op value} test. */
  private static final class Comparison {
    final String[] path;
    final String op;
    final String value;
    final boolean quoted;

    Comparison(String field, String op, String value, boolean quoted) {
      this.path = field.split("\\.");
      this.op = op;
      this.value = value;
      this.quoted = quoted;
    }
  }

  /** Alternatives ({@code or}) of conjunctions ({@code and}). */
  private final List<List<Comparison>> anyOf;

  private KiboFilter(List<List<Comparison>> anyOf) {
    this.anyOf = anyOf;
  }

  /**
   * Parses {@code filter}.
   *
   * @throws KiboFakeError (400) if it is malformed or uses what the fake does not serve
   */
  static KiboFilter parse(String filter) {
    List<String> tokens = tokens(filter);
    List<List<Comparison>> anyOf = new ArrayList<>();
    List<Comparison> allOf = new ArrayList<>();
    int i = 0;
    while (true) {
      if (i + 3 > tokens.size()) {
        throw error(filter, "expected 'field operator value' at the end");
      }
      String field = tokens.get(i);
      String op = tokens.get(i + 1).toLowerCase(Locale.ROOT);
      String raw = tokens.get(i + 2);
      if (field.startsWith("'") || !JOB_FIELDS.contains(field.toLowerCase(Locale.ROOT))) {
        throw error(filter, "unknown field '" + field + "' (the fake filters on " + JOB_FIELDS + ")");
      }
      if (!OPERATORS.contains(op)) {
        throw error(filter, "unsupported operator '" + tokens.get(i + 1) + "' (the fake serves " + OPERATORS + ")");
      }
      boolean quoted = raw.startsWith("'");
      allOf.add(new Comparison(field.toLowerCase(Locale.ROOT), op, quoted ? raw.substring(1) : raw, quoted));
      i += 3;
      if (i == tokens.size()) {
        anyOf.add(allOf);
        return new KiboFilter(anyOf);
      }
      String joint = tokens.get(i).toLowerCase(Locale.ROOT);
      if (joint.equals("or")) {
        anyOf.add(allOf);
        allOf = new ArrayList<>();
      } else if (!joint.equals("and")) {
        throw error(filter, "expected 'and' or 'or', got '" + tokens.get(i) + "'");
      }
      i++;
    }
  }

  /** Returns true if {@code job} (as the fake renders it) passes the filter. */
  boolean matches(JsonNode job) {
    for (List<Comparison> allOf : anyOf) {
      if (allOf.stream().allMatch(c -> test(c, job))) {
        return true;
      }
    }
    return false;
  }

  private static boolean test(Comparison c, JsonNode job) {
    JsonNode node = job;
    for (String part : c.path) {
      node = field(node, part);
    }
    boolean isNull = node == null || node.isNull() || node.isMissingNode();
    if (!c.quoted && c.value.equalsIgnoreCase("null")) {
      return c.op.equals("eq") ? isNull : c.op.equals("ne") && !isNull;
    }
    if (isNull) {
      return c.op.equals("ne");
    }
    String actual = node.asText();
    int order = compare(actual, c.value);
    String a = actual.toLowerCase(Locale.ROOT);
    String v = c.value.toLowerCase(Locale.ROOT);
    switch (c.op) {
      case "eq": return order == 0;
      case "ne": return order != 0;
      case "gt": return order > 0;
      case "ge": return order >= 0;
      case "lt": return order < 0;
      case "le": return order <= 0;
      case "sw": return a.startsWith(v);
      default: return a.contains(v);
    }
  }

  private static @Nullable JsonNode field(@Nullable JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      return null;
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (key.equalsIgnoreCase(name)) {
        return node.get(key);
      }
    }
    return null;
  }

  /** Compares as dates, then as numbers, then as text ignoring case. */
  private static int compare(String actual, String wanted) {
    try {
      return OffsetDateTime.parse(actual).toInstant().compareTo(OffsetDateTime.parse(wanted).toInstant());
    } catch (DateTimeParseException notDates) {
      // not both dates
    }
    try {
      return new BigDecimal(actual).compareTo(new BigDecimal(wanted));
    } catch (NumberFormatException notNumbers) {
      return actual.compareToIgnoreCase(wanted);
    }
  }

  private static List<String> tokens(String filter) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < filter.length()) {
      char c = filter.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(' || c == ')') {
        throw error(filter, "parentheses are not supported by FakeKibo");
      } else if (c == '\'') {
        StringBuilder value = new StringBuilder("'");
        i++;
        while (true) {
          if (i >= filter.length()) {
            throw error(filter, "unterminated quoted value");
          }
          if (filter.charAt(i) == '\'') {
            if (i + 1 < filter.length() && filter.charAt(i + 1) == '\'') {
              value.append('\'');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          value.append(filter.charAt(i++));
        }
        tokens.add(value.toString());
      } else {
        int start = i;
        while (i < filter.length() && !Character.isWhitespace(filter.charAt(i))
            && "()'".indexOf(filter.charAt(i)) < 0) {
          i++;
        }
        tokens.add(filter.substring(start, i));
      }
    }
    if (tokens.isEmpty()) {
      throw error(filter, "the filter is empty");
    }
    return tokens;
  }

  private static KiboFakeError error(String filter, String problem) {
    return new KiboFakeError(400, "VALIDATION_ERROR", "Invalid filter '" + filter + "': " + problem);
  }
}
