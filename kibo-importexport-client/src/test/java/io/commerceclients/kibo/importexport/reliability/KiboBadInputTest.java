package io.commerceclients.kibo.importexport.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kibo.importexport.JobWait;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field Kibo's client validates, once: the call fails with a {@link ValidationException} that
 * names the field and the limit, and the fake received no request at all (not even for a token).
 */
class KiboBadInputTest {

  @RegisterExtension
  static FakeKibo kibo = new FakeKibo();

  @TempDir
  static Path dir;

  private KiboImportExportClient client;

  @BeforeEach
  void setUp() {
    kibo.clearRequests();
    client = builder().build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  private static KiboImportExportClient.Builder builder() {
    return KiboImportExportClient.builder().authHost(kibo.baseUrl()).tenantId(kibo.tenantId())
        .clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret()).sleeper(d -> { });
  }

  /** One bad value: the field the error must name, a fragment of the limit it must state, and the call. */
  record Bad(String field, String limit, BiConsumer<KiboImportExportClient, Path> call) {
    @Override
    public String toString() {
      return field + " (" + limit + ")";
    }
  }

  static Bad bad(String field, String limit, BiConsumer<KiboImportExportClient, Path> call) {
    return new Bad(field, limit, call);
  }

  static Stream<Bad> badInput() {
    return Stream.of(
        //  field                                  limit stated               call (client, a temp dir)
        bad("file", "readable regular file", (c, d) -> c.files().upload(d.resolve("missing.zip"))),
        bad("fileName", "blank", (c, d) -> c.files().upload(file(d, "a.zip", "PK"), " ")),
        bad("fileName", "blank", (c, d) -> c.files().upload(new ByteArrayInputStream(new byte[1]), "")),
        bad("fileId", "blank", (c, d) -> c.files().get(" ")),
        bad("fileId", "blank", (c, d) -> c.files().download("", new ByteArrayOutputStream())),
        bad("fileId", "blank", (c, d) -> c.files().publicLink(" ")),
        bad("hours", "between 1 and", (c, d) -> c.files().publicLink("f1", 0)),
        bad("link", "absolute http(s) URL", (c, d) -> c.files().downloadPublicLink(URI.create("/files/1"), new ByteArrayOutputStream())),
        bad("resources", "at least one", (c, d) -> c.imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
            .addFiles(DropLocation.ofId("f1")).build())),
        bad("files", "at least one", (c, d) -> c.imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
            .addResources(ImportResourceRequest.of(KiboResource.PRODUCTS)).build())),
        bad("files[0].id", "blank", (c, d) -> c.imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
            .addResources(ImportResourceRequest.of(KiboResource.PRODUCTS)).addFiles(DropLocation.ofId(" ")).build())),
        bad("resources[0].resource", "blank", (c, d) -> c.imports().create(CreateImportJobRequest.builder().domain(Domain.CATALOG)
            .addResources(ImportResourceRequest.of(KiboResource.of(" "))).addFiles(DropLocation.ofId("f1")).build())),
        bad("jobId", "blank", (c, d) -> c.imports().get(" ")),
        bad("jobId", "blank", (c, d) -> c.imports().delete("")),
        bad("jobId", "blank", (c, d) -> c.imports().waitForCompletion(" ", JobWait.defaults())),
        bad("startIndex", "between 0 and", (c, d) -> c.imports().list(ListJobsRequest.builder().startIndex(-1).build())),
        bad("pageSize", "between 1 and", (c, d) -> c.exports().listAll(ListJobsRequest.builder().pageSize(0).build()).forEach(j -> { })),
        bad("resources", "at least one", (c, d) -> c.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG).build())),
        bad("resources[0].fields[0]", "blank", (c, d) -> c.exports().create(CreateExportJobRequest.builder().domain(Domain.CATALOG)
            .addResources(ExportResourceRequest.builder().resource(KiboResource.PRODUCTS).addFields(" ").build()).build())),
        bad("jobId", "blank", (c, d) -> c.exports().get(" ")),
        bad("resources", "at least one", (c, d) -> c.exports().run(ExportRequest.builder().domain(Domain.CATALOG)
            .target(d.resolve("e.zip")).build())),
        bad("source", "exactly one of directory, csvFiles or zipFile", (c, d) -> c.imports().run(
            ImportRequest.builder().domain(Domain.CATALOG).build())),
        bad("zipFile", "is not a file", (c, d) -> c.imports().run(ImportRequest.builder().domain(Domain.CATALOG)
            .zipFile(d.resolve("missing.zip")).build())),
        bad("zipFile", "is not a ZIP file", (c, d) -> c.imports().run(ImportRequest.builder().domain(Domain.CATALOG)
            .zipFile(file(d, "fake.zip", "not a zip")).build())),
        bad("directory", "is not a directory", (c, d) -> c.imports().run(ImportRequest.builder().domain(Domain.CATALOG)
            .directory(d.resolve("missing")).build())),
        bad("directory", "holds no .csv file", (c, d) -> c.imports().run(ImportRequest.builder().domain(Domain.CATALOG)
            .directory(dir(d, "empty")).build())),
        bad("csvFiles[0] (locationtypes.csv)", "not a file", (c, d) -> c.imports().run(ImportRequest.builder()
            .domain(Domain.CATALOG).addCsvFiles(d.resolve("missing").resolve("locationtypes.csv")).build())),
        bad("csvFiles[0] (locationtypes.csv)", "required column 'LocationTypeName'", (c, d) -> c.imports().run(
            ImportRequest.builder().domain(Domain.CATALOG)
                .addCsvFiles(file(dir(d, "short"), "locationtypes.csv", "LocationTypeCode\r\nWH\r\n")).build())),
        bad("csvFiles[0] (locationtypes.csv)", "belongs to the", (c, d) -> c.imports().run(ImportRequest.builder()
            .domain(Domain.CUSTOMER).addCsvFiles(file(dir(d, "wrong-domain"), "locationtypes.csv",
                "LocationTypeCode,LocationTypeName\r\nWH,Warehouse\r\n")).build())),
        bad("csvFiles notes.csv", "no Kibo resource is named so", (c, d) -> c.imports().run(ImportRequest.builder()
            .domain(Domain.CATALOG).addCsvFiles(file(dir(d, "unknown"), "notes.csv", "a\r\n1\r\n")).build())),
        bad("resources[0]", "no Products.csv", (c, d) -> c.imports().run(ImportRequest.builder().domain(Domain.CATALOG)
            .addCsvFiles(file(dir(d, "listed"), "locationtypes.csv", "LocationTypeCode,LocationTypeName\r\nWH,W\r\n"))
            .addResources(ImportResourceRequest.of(KiboResource.PRODUCTS)).build())),
        bad("tenantId", "between 1 and", (c, d) -> builder().tenantId(0).build()),
        bad("siteId", "between 1 and", (c, d) -> builder().siteId(0).build()),
        bad("locale", "blank", (c, d) -> builder().locale(" ").build()),
        bad("currency", "blank", (c, d) -> builder().currency("").build()),
        bad("clientId", "blank", (c, d) -> builder().clientId(" ").build()),
        bad("sharedSecret", "blank", (c, d) -> builder().sharedSecret(" ").build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badInput(Bad bad) {
    ValidationException e = assertThrows(ValidationException.class, () -> bad.call().accept(client, dir));

    assertEquals(bad.field(), e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(bad.field() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(bad.limit()), () -> "the limit is stated: " + e.getMessage());
    assertTrue(kibo.requests().isEmpty(), () -> "sent: " + kibo.requests());
  }

  private static Path dir(Path parent, String name) {
    try {
      return Files.createDirectories(parent.resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path file(Path parent, String name, String content) {
    try {
      return Files.writeString(parent.resolve(name), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
