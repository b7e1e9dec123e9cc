package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Shared helpers of the fake's route groups. */
abstract class Routes {

  final KarlaState state;

  Routes(KarlaState state) {
    this.state = state;
  }

  /** Registers this group's routes on {@code fake}. */
  abstract void register(FakeKarla fake);

  static FakeResponse ok(JsonNode body) {
    return FakeResponse.json(200, body.deepCopy());
  }

  static FakeResponse created(JsonNode body) {
    return FakeResponse.json(201, body.deepCopy());
  }

  /** Karla answers several writes with a JSON {@code null}. */
  static FakeResponse okNull() {
    return FakeResponse.json(200, NullNode.getInstance());
  }

  static FakeResponse createdNull() {
    return FakeResponse.json(201, NullNode.getInstance());
  }

  /** Reads the body as a JSON object, or throws FastAPI's 422. */
  static ObjectNode object(FakeRequest request, Problems problems) {
    JsonNode body = request.bodyJson();
    if (!problems.object(body)) {
      problems.throwIfAny();
    }
    return (ObjectNode) body;
  }

  /** Copies the fields present in {@code from} (nulls included) onto {@code to}. */
  static void copy(JsonNode from, ObjectNode to, String... fields) {
    for (String field : fields) {
      if (from.has(field)) {
        to.set(field, from.get(field).deepCopy());
      }
    }
  }

  static @Nullable String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  static List<ObjectNode> values(Map<String, ObjectNode> items) {
    return new ArrayList<>(items.values());
  }
}
