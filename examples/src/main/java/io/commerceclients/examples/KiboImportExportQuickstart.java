package io.commerceclients.examples;

import io.commerceclients.examples.support.Console;
import io.commerceclients.examples.support.Stages;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.csv.KiboCsv;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboCsvWriter;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.exports.ExportRequest;
import io.commerceclients.kibo.importexport.exports.ExportResult;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.imports.ImportResult;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ExportResourceRequest;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A Kibo catalog round trip: generate catalog CSV files, import them in one call (zip, upload,
 * job, wait, log) with upload and job progress, then export them back, download the ZIP through
 * its public link and unzip it. Runs against an embedded FakeKibo unless {@code KIBO_TENANT},
 * {@code KIBO_CLIENT_ID} and {@code KIBO_SHARED_SECRET} are set; on a real tenant, set {@code
 * KIBO_MASTER_CATALOG_NAME} to import products too (otherwise only location types whose codes
 * start with {@code SDK-QS-} are imported).
 */
public final class KiboImportExportQuickstart {

  static final int PRODUCTS = 2_000;

  private KiboImportExportQuickstart() {}

  /** Runs the quickstart. */
  public static void main(String[] args) throws IOException {
    try (KiboExampleSupport env = KiboExampleSupport.open()) {
      KiboImportExportClient kibo = env.client;
      String masterCatalog = env.fake.isPresent() ? "Main" : System.getenv("KIBO_MASTER_CATALOG_NAME");
      boolean withProducts = masterCatalog != null && !masterCatalog.isBlank();
      Path work = Files.createTempDirectory("kibo-quickstart-");

      Path csvDir = Files.createDirectory(work.resolve("catalog"));
      Console.step("Generating catalog CSV files in " + csvDir);
      writeLocationTypes(csvDir);
      if (withProducts) {
        writeProducts(csvDir, masterCatalog);
      }
      try (Stream<Path> files = Files.list(csvDir)) {
        for (Path f : (Iterable<Path>) files.sorted()::iterator) {
          Console.detail(f.getFileName().toString(), Console.bytes(Files.size(f)));
        }
      }

      Console.step("Importing them: zip, upload, create the job, wait for it, download its log");
      ImportResult imported;
      try (Stages progress = new Stages()) {
        imported = kibo.imports().run(ImportRequest.builder()
            .domain(Domain.CATALOG)
            .directory(csvDir)
            .polling(env.polling())
            .onUploadProgress(progress.transfer("upload"))
            .onProgress(KiboExampleSupport.<ImportJob>showStatus(progress.job("import job")))
            .build());
      }
      Console.detail("job", imported.job().id().orElse("?") + ", " + imported.job().status().orElse("?"));
      imported.job().resources().forEach(r -> Console.note(r.resource().map(Object::toString).orElse("?") + ": "
          + r.status().orElse("?")));
      Console.detail("uploaded ZIP", imported.upload().id().orElse("?"));
      Console.detail("log", imported.readLog().size() + " row(s)");

      Console.step("Exporting them back: create the job, wait, download the ZIP through its public link, unzip");
      var request = ExportRequest.builder()
          .domain(Domain.CATALOG)
          .addResource(ExportResourceRequest.builder().resource(KiboResource.LOCATION_TYPES)
              .filter("LocationTypeCode sw 'SDK-QS-'").build())
          .target(work.resolve("catalog-export.zip"))
          .unzipTo(work.resolve("export"))
          .polling(env.polling());
      if (withProducts) {
        request.addResource(ExportResourceRequest.builder().resource(KiboResource.PRODUCTS).addField("UPC")
            .filter("ProductCode sw 'SDK-QS-'").build());
      }
      ExportResult exported;
      try (Stages progress = new Stages()) {
        exported = kibo.exports().run(request
            .onProgress(KiboExampleSupport.<ExportJob>showStatus(progress.job("export job")))
            .onDownloadProgress(progress.transfer("download"))
            .build());
      }
      Console.detail("job", exported.job().id().orElse("?") + ", " + exported.job().status().orElse("?"));
      Console.detail("ZIP", exported.zipFile() + " (" + Console.bytes(Files.size(exported.zipFile())) + ")");
      for (Path csv : exported.csvFiles()) {
        try (KiboCsvReader reader = KiboCsvReader.open(csv)) {
          long rows = 0;
          Map<String, String> first = null;
          for (Map<String, String> row : reader) {
            first = rows++ == 0 ? row : first;
          }
          Console.detail(csv.getFileName().toString(), rows + " rows, " + reader.header().size() + " columns");
          if (first != null) {
            Console.note("first row: " + summary(first));
          }
        }
      }
    }
  }

  private static String summary(Map<String, String> row) {
    Map<String, String> shown = new LinkedHashMap<>();
    for (String column : List.of("LocationTypeCode", "LocationTypeName", "ProductCode", "ProductName", "UPC",
        "FulfillmentTypes")) {
      if (row.containsKey(column)) {
        shown.put(column, column.equals("FulfillmentTypes") ? KiboCsv.splitMultiValue(row.get(column)).toString()
            : row.get(column));
      }
    }
    return shown.toString();
  }

  private static void writeLocationTypes(Path dir) {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES)
        .open(dir.resolve(KiboResource.LOCATION_TYPES.fileName()))) {
      csv.writeRow(Map.of("LocationTypeCode", "SDK-QS-WH", "LocationTypeName", "Warehouse"));
      csv.writeRow(Map.of("LocationTypeCode", "SDK-QS-ST", "LocationTypeName", "Store, \"flagship\""));
    }
  }

  private static void writeProducts(Path dir, String masterCatalog) {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS)
        .columns("UPC", "FulfillmentTypes")
        .open(dir.resolve(KiboResource.PRODUCTS.fileName()))) {
      for (int i = 1; i <= PRODUCTS; i++) {
        csv.writeRow(product(masterCatalog, i));
      }
    }
  }

  private static Map<String, Object> product(String catalog, int i) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("MasterCatalogName", catalog);
    row.put("ProductCode", String.format("SDK-QS-%05d", i));
    row.put("ProductType", "Base");
    row.put("ProductUsage", "Standard");
    row.put("ProductName", i % 2 == 0 ? "T-shirt, \"classic\" cut #" + i : "Kid's cap #" + i);
    row.put("Price", new BigDecimal("19.90"));
    row.put("VariationPricingMethod", "Fixed");
    row.put("PackageWeight", new BigDecimal("0.25"));
    row.put("PackageLength", 30);
    row.put("PackageWidth", 20);
    row.put("PackageHeight", 2);
    row.put("UPC", String.format("%012d", i));
    row.put("FulfillmentTypes", List.of("DirectShip", "InStorePickup"));
    return row;
  }
}
