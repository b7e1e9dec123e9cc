package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Karla's list answers: equality filters on query parameters, then a page of a bare JSON array. */
final class Pages {

  static final int DEFAULT_PER_PAGE = 30;
  static final int MAX_PER_PAGE = 100;

  private Pages() {}

  /**
   * Returns the page the request asks for, after keeping the items whose field equals each given
   * query parameter in {@code filters}; the body is a bare JSON array, as Karla answers.
   */
  static ArrayNode page(
      FakeRequest request,
      List<ObjectNode> items,
      Function<ObjectNode, ObjectNode> view,
      String... filters) {
    long page = number(request, "page", 1, Long.MAX_VALUE, 1);
    long perPage = number(request, "per_page", 1, MAX_PER_PAGE, DEFAULT_PER_PAGE);
    List<ObjectNode> kept =
        items.stream().filter(item -> matches(request, item, filters)).collect(Collectors.toList());
    ArrayNode out = FakeJson.array();
    if (page - 1 > kept.size() / perPage) {
      return out;
    }
    long from = (page - 1) * perPage;
    for (long i = from; i < Math.min(kept.size(), from + perPage); i++) {
      out.add(view.apply(kept.get((int) i)));
    }
    return out;
  }

  private static boolean matches(FakeRequest request, ObjectNode item, String... filters) {
    for (String filter : filters) {
      Optional<String> wanted = request.query(filter);
      if (wanted.isPresent()) {
        JsonNode value = item.get(filter);
        if (value == null || value.isNull() || !value.asText().equals(wanted.get())) {
          return false;
        }
      }
    }
    return true;
  }

  private static long number(FakeRequest request, String name, long min, long max, long fallback) {
    Optional<String> raw = request.query(name);
    if (raw.isEmpty()) {
      return fallback;
    }
    Problems problems = Problems.query();
    long value;
    try {
      value = Long.parseLong(raw.get());
    } catch (NumberFormatException e) {
      problems.add("int_parsing", "Input should be a valid integer", name);
      problems.throwIfAny();
      return fallback;
    }
    if (value < min) {
      problems.add(
          "greater_than", "Input should be greater than " + (min - 1), name);
    } else if (value > max) {
      problems.add("less_than_equal", "Input should be less than or equal to " + max, name);
    }
    problems.throwIfAny();
    return value;
  }
}
