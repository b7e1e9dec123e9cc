package io.commerceclients.testing.kibo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Kibo's field list of every catalog and customer resource, from the Import/Export guides. */
final class KiboFieldList {

  /** One resource: its canonical name, domain, and fields. */
  static final class Resource {
    final String name;
    final String domain;
    final List<String> required;
    final List<String> optional;

    Resource(String name, String domain, List<String> required, List<String> optional) {
      this.name = name;
      this.domain = domain;
      this.required = required;
      this.optional = optional;
    }
  }

  private static final Map<String, Resource> BY_NAME = load();

  private KiboFieldList() {}

  /** Returns the resource named {@code name}, ignoring case. */
  static Optional<Resource> find(String name) {
    return Optional.ofNullable(BY_NAME.get(name.toLowerCase(Locale.ROOT)));
  }

  /** Returns the canonical names of every resource, sorted. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    BY_NAME.values().forEach(r -> names.add(r.name));
    return names;
  }

  private static Map<String, Resource> load() {
    try (InputStream in = KiboFieldList.class.getResourceAsStream("kibo-fields.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Resource> result = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : root.properties()) {
        result.put(
            e.getKey().toLowerCase(Locale.ROOT),
            new Resource(
                e.getKey(),
                e.getValue().path("domain").asText(),
                strings(e.getValue().path("required")),
                strings(e.getValue().path("optional"))));
      }
      return result;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return List.copyOf(list);
  }
}
