package io.commerceclients.kibo.importexport.csv;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * A timing harness, not a test: writes a products-like export file (400,000 rows, about 110 MB,
 * quoted values with commas, doubled quotes and CR-separated multi-values) and reads it with
 * {@link KiboCsvReader} seven times, printing the median of the last five. It uses only {@code
 * open(Path)} and iteration, so the same harness times any version of the reader. Run with the
 * module's test class path: {@code java -cp ... io.commerceclients.kibo.importexport.csv.CsvReaderTiming [file]}.
 */
public final class CsvReaderTiming {
  private static final int ROWS = 400_000;

  private CsvReaderTiming() {}

  public static void main(String[] args) throws IOException {
    Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("kibo-products", ".csv");
    if (Files.size(file) == 0) {
      write(file);
    }
    long[] millis = new long[7];
    long checksum = 0;
    for (int run = 0; run < millis.length; run++) {
      long start = System.nanoTime();
      checksum = read(file);
      millis[run] = (System.nanoTime() - start) / 1_000_000;
    }
    long[] measured = Arrays.copyOfRange(millis, 2, millis.length);
    Arrays.sort(measured);
    long median = measured[measured.length / 2];
    System.out.printf("%d bytes, runs %s ms, median %d ms, %.0f MB/s (checksum %d)%n", Files.size(file),
        Arrays.toString(millis), median, Files.size(file) / 1e6 / (median / 1e3), checksum);
  }

  private static long read(Path file) {
    long checksum = 0;
    try (KiboCsvReader csv = KiboCsvReader.open(file)) {
      for (Map<String, String> row : csv) {
        checksum += row.get("ProductName").length() + row.get("FulfillmentTypes").length();
      }
    }
    return checksum;
  }

  private static void write(Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file)) {
      out.write("MasterCatalogName,ProductCode,ProductType,ProductUsage,ProductName,Price,VariationPricingMethod,"
          + "PackageWeight,PackageLength,PackageWidth,PackageHeight,UPC,FulfillmentTypes,ProductShortDescription,"
          + "ContentFullProductDescription,SEOFriendlyURL,Tags,Color,Size,Brand\r\n");
      for (int i = 0; i < ROWS; i++) {
        out.write("Main,P-" + i + ",Base,Standard,\"Shirt, \"\"classic\"\" " + i + "\"," + (i % 100) + ".90,Fixed,"
            + "0.25,30,20,2,00012345" + i + ",\"DirectShip\rInStorePickup\",Short description of product " + i
            + ",\"A longer description, with commas, and text that goes on to look like real data " + i + "\","
            + "shirt-" + i + ",,red,M,\r\n");
      }
    }
  }
}
