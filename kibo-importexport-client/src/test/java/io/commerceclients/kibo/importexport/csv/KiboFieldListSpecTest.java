package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kibo.importexport.model.Domain;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link KiboResource} against the field list specifications of Kibo's guide, copied verbatim into
 * {@code src/test/resources/kibo-docs}: every resource of both domains, its required and optional
 * fields in the guide's order, its file name, and the header {@link KiboCsvWriter} writes for it.
 */
class KiboFieldListSpecTest {

  /** One resource of the guide's field lists. */
  record Documented(Domain domain, String name, List<String> required, List<String> optional) {
    @Override
    public String toString() {
      return name;
    }

    List<String> allFields() {
      List<String> all = new ArrayList<>(required);
      all.addAll(optional);
      return all;
    }
  }

  static Stream<Documented> documented() throws IOException {
    return Stream.concat(read(Domain.CATALOG, "catalog-field-list.json").stream(),
        read(Domain.CUSTOMER, "customer-field-list.json").stream());
  }

  private static List<Documented> read(Domain domain, String file) throws IOException {
    try (InputStream in = KiboFieldListSpecTest.class.getResourceAsStream("/kibo-docs/" + file)) {
      JsonNode spec = new ObjectMapper().readTree(in);
      List<Documented> resources = new ArrayList<>();
      spec.fields().forEachRemaining(e -> {
        assertEquals(e.getKey(), e.getValue().get("resource").asText());
        resources.add(new Documented(domain, e.getKey(), texts(e.getValue().at("/fields/required")),
            texts(e.getValue().at("/fields/optional"))));
      });
      return resources;
    }
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(n -> texts.add(n.asText()));
    return texts;
  }

  @Test
  void theSdkKnowsExactlyTheGuidesResourcesOfEachDomain() throws IOException {
    for (Domain domain : List.of(Domain.CATALOG, Domain.CUSTOMER)) {
      List<String> guide = documented().filter(d -> d.domain().equals(domain)).map(Documented::name).sorted()
          .collect(Collectors.toList());
      List<String> sdk = KiboResource.ofDomain(domain).stream().map(KiboResource::value).sorted().collect(Collectors.toList());
      assertEquals(guide, sdk, domain.toString());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void fieldsDomainAndFileNameAreTheGuides(Documented doc) {
    KiboResource resource = KiboResource.of(doc.name());

    assertTrue(resource.isKnown());
    assertEquals(doc.domain(), resource.domain().orElseThrow());
    assertEquals(doc.required(), resource.requiredFields());
    assertEquals(doc.optional(), resource.optionalFields());
    // catalog files are lower case (catalog.zip - products.csv), customer files keep the resource name
    String fileName = doc.domain().equals(Domain.CATALOG) ? doc.name().toLowerCase(Locale.ROOT) + ".csv" : doc.name() + ".csv";
    assertEquals(fileName, resource.fileName());
    assertEquals(resource, KiboResource.fromFileName(fileName).orElseThrow());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documented")
  void theWrittenHeaderIsTheRequiredFieldsThenTheOptionalOnesAndReadsBack(Documented doc, @TempDir Path dir) {
    Map<String, Object> row = new LinkedHashMap<>();
    doc.allFields().forEach(f -> row.put(f, "v " + f));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.of(doc.name())).allOptionalColumns().open(out)) {
      assertEquals(doc.allFields(), csv.header());
      csv.writeRow(row);
    }
    String text = out.toString(StandardCharsets.UTF_8);

    String header = String.join(",", doc.allFields());
    String values = doc.allFields().stream().map(f -> "v " + f).collect(Collectors.joining(","));
    assertEquals(header + "\r\n" + values + "\r\n", text);

    try (KiboCsvReader reader = KiboCsvReader.open(new java.io.ByteArrayInputStream(out.toByteArray()))) {
      assertEquals(doc.allFields(), reader.header());
      Map<String, String> read = reader.readAll().get(0);
      assertEquals(row, new LinkedHashMap<String, Object>(read));
    }

    ByteArrayOutputStream requiredOnly = new ByteArrayOutputStream();
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.of(doc.name())).open(requiredOnly)) {
      assertEquals(doc.required(), csv.header());
    }
    assertEquals(String.join(",", doc.required()) + "\r\n", requiredOnly.toString(StandardCharsets.UTF_8));
  }
}
