package io.commerceclients.kibo.importexport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.InvalidRequestException;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.files.FileUpload;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.server.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Kibo's filter and responseFields, sent by the client and served by FakeKibo, over the wire. */
class FakeKiboQueryTest {

  @RegisterExtension
  final FakeKibo kibo = new FakeKibo();

  @TempDir
  Path dir;

  private KiboImportExportClient client;

  @BeforeEach
  void createJobs() {
    client = KiboImportExportClient.builder()
        .authHost(kibo.baseUrl()).tenantId(kibo.tenantId()).clientId(kibo.clientId()).sharedSecret(kibo.sharedSecret())
        .sleeper(d -> { }).polling(PollingOptions.builder().interval(Duration.ofSeconds(1)).multiplier(1).build())
        .build();
    for (String name : List.of("nightly products", "weekly products", "nightly prices", "Ad hoc")) {
      client.exports().create(CreateExportJobRequest.builder().name(name).domain(Domain.CATALOG)
          .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).build());
    }
  }

  @AfterEach
  void close() {
    client.close();
  }

  private List<String> names(String filter) {
    return client.exports().list(ListJobsRequest.builder().filter(filter).pageSize(50).build()).stream()
        .map(j -> j.name().orElseThrow()).collect(Collectors.toList());
  }

  @Test
  void filtersWithKibosSyntax() {
    String done = client.exports().list(ListJobsRequest.builder().filter("name eq 'Ad hoc'").build())
        .get(0).id().orElseThrow();
    client.exports().waitForCompletion(done);

    assertEquals(List.of("Ad hoc"), names("name eq 'ad hoc'"));
    assertEquals(List.of("nightly products", "nightly prices"), names("name sw 'nightly'"));
    assertEquals(List.of("nightly products", "weekly products"), names("name cont 'products'"));
    assertEquals(List.of("nightly prices"), names("name sw 'nightly' and name cont 'price'"));
    assertEquals(List.of("weekly products", "Ad hoc"), names("name eq 'weekly products' or status eq 'complete'"));
    assertEquals(List.of("Ad hoc"), names("isComplete eq true"));
    assertEquals(List.of("nightly products", "weekly products", "nightly prices"), names("status ne 'complete'"));
    assertEquals(List.of("nightly products", "weekly products", "nightly prices", "Ad hoc"),
        names("tenant eq " + kibo.tenantId() + " and statusMessage eq null"));
    assertEquals(List.of(), names("name eq 'it''s'"));
  }

  @Test
  void filtersBeforePaging() {
    List<ExportJob> page = client.exports().list(ListJobsRequest.builder()
        .filter("name cont 'products' or name cont 'prices'").startIndex(1).pageSize(1).build());
    assertEquals(List.of("weekly products"), page.stream().map(j -> j.name().orElseThrow()).collect(Collectors.toList()));
    assertEquals(3, client.exports().listAll(ListJobsRequest.builder().filter("name sw 'n' or name sw 'w'")
        .pageSize(1).build()).stream().count());
  }

  @Test
  void refusesWhatItDoesNotServeWith400() {
    for (String filter : List.of("(name eq 'x')", "name ew 'x'", "colour eq 'red'", "name eq", "name eq 'x' xor id eq 'y'",
        "name eq 'open")) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> names(filter), filter);
      assertEquals(400, e.statusCode());
      assertEquals(Optional.of("VALIDATION_ERROR"), e.errorCode());
      assertTrue(e.apiMessage().orElseThrow().startsWith("Invalid filter"), e.getMessage());
    }
    for (String fields : List.of("-name", "*", "name(", "files(id", "a,,b", "files.")) {
      InvalidRequestException e = assertThrows(InvalidRequestException.class,
          () -> client.exports().list(ListJobsRequest.builder().responseFields(fields).build()), fields);
      assertTrue(e.apiMessage().orElseThrow().startsWith("Invalid responseFields"), e.getMessage());
    }
  }

  @Test
  void responseFieldsTrimEveryJsonAnswer() throws Exception {
    String id = client.exports().list(ListJobsRequest.builder().build()).get(0).id().orElseThrow();
    client.exports().waitForCompletion(id);

    ExportJob trimmed = client.exports().get(id, "ID, status,files(fileType)");
    assertEquals(Optional.of(id), trimmed.id());
    assertEquals(Optional.of("complete"), trimmed.status());
    assertEquals(Optional.empty(), trimmed.name());
    assertTrue(trimmed.resources().isEmpty());
    assertEquals(Optional.empty(), trimmed.files().get(0).id(), "files keep only fileType");
    assertEquals(Optional.of("export"), trimmed.files().get(0).fileType().map(Object::toString));

    ExportJob dotted = client.exports().get(id, "resources.status,auditInfo.createBy,resources.resource");
    assertEquals(Optional.empty(), dotted.id());
    assertEquals(Optional.of(KiboResource.PRODUCTS), dotted.resources().get(0).resource());
    assertEquals(Optional.of("complete"), dotted.resources().get(0).status());
    assertEquals(Optional.empty(), dotted.resources().get(0).isComplete());

    List<ExportJob> listed = client.exports().list(ListJobsRequest.builder().responseFields("name").build());
    assertEquals(4, listed.size());
    assertTrue(listed.stream().allMatch(j -> j.id().isEmpty() && j.name().isPresent()));

    ExportJob created = client.exports().create(CreateExportJobRequest.builder().name("trimmed").domain(Domain.CATALOG)
        .addResource(ExportResourceRequest.of(KiboResource.PRODUCTS)).responseFields("id").build());
    assertEquals(Optional.empty(), created.name());
    assertTrue(created.id().isPresent());

    Path zip = Files.write(dir.resolve("a.zip"), new byte[] {'P', 'K', 5, 6});
    DropLocation uploaded = client.files().upload(FileUpload.builder().file(zip).responseFields("id").build());
    assertEquals(Optional.empty(), uploaded.fileName());
    assertEquals(Optional.of("a.zip"), client.files().get(uploaded.id().orElseThrow(), "fileName,fileType").fileName());
    assertEquals(Optional.empty(), client.files().get(uploaded.id().orElseThrow(), "fileName").id());

    List<RecordedRequest> sent = kibo.requests(r -> r.rawQuery() != null && r.rawQuery().contains("responseFields="));
    assertEquals(7, sent.size());
  }
}
