package io.commerceclients.examples;

import io.commerceclients.examples.support.Console;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.KiboJobFailedException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.testing.kibo.FakeKibo;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Kibo Import/Export in four steps: write catalog CSV files, import them in one call, export them
 * back to a ZIP and CSV files, and see how a failed import is reported. Runs against an embedded
 * FakeKibo unless {@code KIBO_TENANT}, {@code KIBO_CLIENT_ID} and {@code KIBO_SHARED_SECRET} are
 * set; on a real tenant, set {@code KIBO_MASTER_CATALOG_NAME} to import products too (otherwise
 * only a location type named {@code SDK-QUICKSTART} is imported).
 */
public final class KiboImportExportQuickstart {
  private KiboImportExportQuickstart() {}

  /** Runs the quickstart. */
  public static void main(String[] args) throws IOException {
    Map<String, String> env = System.getenv();
    boolean real = has(env, "KIBO_TENANT") && has(env, "KIBO_CLIENT_ID") && has(env, "KIBO_SHARED_SECRET");
    FakeKibo fake = real ? null : FakeKibo.started();
    try (KiboImportExportClient kibo = real ? KiboImportExportClient.fromEnv() : fakeClient(fake)) {
      Console.target("Kibo Import/Export", real,
          real ? env.getOrDefault("KIBO_AUTH_HOST", KiboImportExportClient.DEFAULT_AUTH_HOST) : fake.baseUrl(),
          "set KIBO_TENANT, KIBO_CLIENT_ID and KIBO_SHARED_SECRET (and KIBO_AUTH_HOST outside the US pod)");
      String masterCatalog = real ? env.get("KIBO_MASTER_CATALOG_NAME") : "Main";
      Path work = Files.createTempDirectory("kibo-quickstart-");

      Path csvDir = Files.createDirectory(work.resolve("catalog"));
      Console.step("Writing catalog CSV files into " + csvDir);
      writeLocationTypes(csvDir);
      if (masterCatalog != null && !masterCatalog.isBlank()) {
        writeProducts(csvDir, masterCatalog);
      }
      try (var files = Files.list(csvDir)) {
        files.sorted().forEach(f -> Console.detail("file", f.getFileName()));
      }

      Console.step("Importing them: zip, upload, create the job, wait");
      ImportResult imported = kibo.imports().run(ImportRequest.builder()
          .domain(Domain.CATALOG)
          .directory(csvDir)
          .polling(polling(real))
          .onProgress(job -> Console.detail("job " + job.id(), job.status().orElse("?")))
          .build());
      Console.detail("finished", imported.job().status().orElse("?"));
      Console.detail("uploaded file", imported.upload().id());
      Console.detail("log rows", imported.readLog().size());

      Console.step("Exporting location types and products (with the optional UPC field)");
      var export = ExportRequest.builder()
          .domain(Domain.CATALOG)
          .addResource(ExportResourceRequest.of(KiboResource.LOCATION_TYPES))
          .target(work.resolve("catalog-export.zip"))
          .unzipTo(work.resolve("export"))
          .polling(polling(real))
          .onProgress(job -> Console.detail("job " + job.id(), job.status().orElse("?")));
      if (masterCatalog != null && !masterCatalog.isBlank()) {
        export.addResource(ExportResourceRequest.builder().resource(KiboResource.PRODUCTS).addField("UPC").build());
      }
      ExportResult exported = kibo.exports().run(export.build());
      Console.detail("ZIP", exported.zipFile() + " (" + Console.bytes(Files.size(exported.zipFile())) + ")");
      for (Path csv : exported.csvFiles()) {
        try (KiboCsvReader reader = KiboCsvReader.open(csv)) {
          List<Map<String, String>> rows = reader.readAll();
          Console.detail(csv.getFileName().toString(), rows.size() + " rows, columns " + reader.header());
          rows.stream().limit(3).forEach(row -> Console.note("  " + row));
        }
      }

      Console.step("Importing a ZIP whose CSV lacks a required column, to show how failure is reported");
      Path bad = badZip(work.resolve("bad.zip"));
      try {
        kibo.imports().run(ImportRequest.builder().domain(Domain.CATALOG).zipFile(bad).polling(polling(real)).build());
        Console.detail("unexpected", "the import succeeded");
      } catch (KiboJobFailedException failure) {
        Console.detail("status", failure.status().orElse("?"));
        failure.statusMessage().ifPresent(m -> Console.detail("message", m));
        failure.resourceDetails().forEach((resource, details) -> Console.detail(resource, details));
        failure.log().ifPresent(log -> Console.detail("log downloaded to", log));
      }
    } finally {
      if (fake != null) {
        fake.close();
      }
    }
  }

  private static KiboImportExportClient fakeClient(FakeKibo fake) {
    return KiboImportExportClient.builder()
        .authHost(fake.baseUrl())
        .tenantId(fake.tenantId())
        .clientId(fake.clientId())
        .sharedSecret(fake.sharedSecret())
        .build();
  }

  private static PollingOptions polling(boolean real) {
    return real ? PollingOptions.defaults()
        : PollingOptions.builder().interval(Duration.ofMillis(200)).multiplier(1).build();
  }

  private static void writeLocationTypes(Path dir) {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(dir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "SDK-QUICKSTART", "LocationTypeName", "Commerce Clients quickstart"));
    }
  }

  private static void writeProducts(Path dir, String masterCatalog) {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS)
        .columns("UPC", "FulfillmentTypes")
        .open(dir.resolve(KiboResource.PRODUCTS.fileName()))) {
      csv.writeRow(product(masterCatalog, "SDK-QS-001", "T-shirt, \"classic\" cut", "000123456789"));
      csv.writeRow(product(masterCatalog, "SDK-QS-002", "Kid's cap", "001234567890"));
    }
  }

  private static Map<String, Object> product(String catalog, String code, String name, String upc) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("MasterCatalogName", catalog);
    row.put("ProductCode", code);
    row.put("ProductType", "Base");
    row.put("ProductUsage", "Standard");
    row.put("ProductName", name);
    row.put("Price", new BigDecimal("19.90"));
    row.put("VariationPricingMethod", "Fixed");
    row.put("PackageWeight", new BigDecimal("0.25"));
    row.put("PackageLength", 30);
    row.put("PackageWidth", 20);
    row.put("PackageHeight", 2);
    row.put("UPC", upc);
    row.put("FulfillmentTypes", List.of("DirectShip", "InStorePickup"));
    return row;
  }

  private static Path badZip(Path target) throws IOException {
    try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry("locationtypes.csv"));
      zip.write("LocationTypeCode\r\nSDK-BROKEN\r\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return target;
  }

  private static boolean has(Map<String, String> env, String name) {
    return env.get(name) != null && !env.get(name).isBlank();
  }
}
