package io.commerceclients.testing.kiliba;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The transactional emails {@link FakeKiliba} was asked to send. Thread-safe. */
public final class FakeKilibaEmails {

  /** The status the fake answers for an accepted email. */
  public static final String SENT = "sent";

  private static final TypeReference<Map<String, @Nullable Object>> MAP = new TypeReference<>() {};

  private final List<ObjectNode> sent = new ArrayList<>();

  FakeKilibaEmails() {}

  /** Returns the request body of every email sent, in order, as wire-format maps. */
  public synchronized List<Map<String, @Nullable Object>> sent() {
    List<Map<String, @Nullable Object>> copy = new ArrayList<>();
    sent.forEach(e -> copy.add(KilibaFakeJson.MAPPER.convertValue(e, MAP)));
    return copy;
  }

  /** Forgets every email. */
  public synchronized void clear() {
    sent.clear();
  }

  synchronized ObjectNode send(JsonNode body) {
    List<String> problems = new ArrayList<>();
    for (String field : List.of("transactionalEmailId", "email", "language")) {
      if (!body.path(field).isTextual() || body.path(field).asText().isEmpty()) {
        problems.add(field + " should not be empty");
      }
    }
    if (!body.path("variables").isObject()) {
      problems.add("variables must be an object");
    }
    if (!problems.isEmpty()) {
      throw FakeKilibaError.badRequest(String.join("; ", problems));
    }
    sent.add((ObjectNode) body.deepCopy());
    return KilibaFakeJson.MAPPER.createObjectNode().put("status", SENT);
  }
}
