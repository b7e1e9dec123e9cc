package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Organizations and their members. */
final class OrgRoutes extends Routes {

  private static final Set<String> ROLES = Set.of("admin", "editor", "viewer");

  OrgRoutes(KarlaState state) {
    super(state);
  }

  @Override
  void register(FakeKarla fake) {
    fake.on("GET", "/v1/orgs/{slug}", r -> ok(state.org(r.pathParam("slug"))));
    fake.on("GET", "/v1/orgs/{slug}/members", this::members);
    fake.on("POST", "/v1/orgs/{slug}/members", this::invite);
  }

  private FakeResponse members(FakeRequest request) {
    String org = request.pathParam("slug");
    state.org(org);
    return ok(Pages.page(request, new ArrayList<>(membersOf(org).values()), m -> m));
  }

  private FakeResponse invite(FakeRequest request) {
    String org = request.pathParam("slug");
    ObjectNode orgNode = state.org(org);
    Problems problems = Problems.body();
    ObjectNode body = object(request, problems);
    problems.required(body, "email", "role");
    problems.oneOf(body, "role", ROLES);
    String email = text(body, "email");
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      problems.add("value_error", "value is not a valid email address", "email");
    }
    problems.throwIfAny();
    Map<String, ObjectNode> members = membersOf(org);
    if (members.containsKey(email)) {
      throw KarlaError.exists("member", email);
    }
    ObjectNode member = FakeJson.object();
    member.put("email_id", email);
    member.put("feature_community", text(orgNode, "feature_community"));
    member.putObject("feature_toggles");
    member.put("org", org);
    member.put("role", text(body, "role"));
    member.putArray("shops");
    state.shops.values().stream()
        .filter(s -> org.equals(text(s.shop, "organization")))
        .forEach(s -> ((com.fasterxml.jackson.databind.node.ArrayNode) member.get("shops")).add(s.slug()));
    members.put(email, member);
    return createdNull();
  }

  private Map<String, ObjectNode> membersOf(String org) {
    return state.members.computeIfAbsent(org, o -> new LinkedHashMap<>());
  }
}
