package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KiboCsvTest {

  private static Map<String, Object> product(String code, String name) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("MasterCatalogName", "Main");
    row.put("ProductCode", code);
    row.put("ProductType", "Base");
    row.put("ProductUsage", "Standard");
    row.put("ProductName", name);
    row.put("Price", new BigDecimal("19.90"));
    row.put("VariationPricingMethod", "Fixed");
    row.put("PackageWeight", 1.5);
    row.put("PackageLength", 10);
    row.put("PackageWidth", 10);
    row.put("PackageHeight", 2L);
    return row;
  }

  private static String write(KiboCsvWriter.Options options, List<Map<String, Object>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (KiboCsvWriter csv = options.open(bytes)) {
      csv.writeRows(rows);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void writesHeaderOfRequiredThenExtraColumnsWithCrlf() {
    String text =
        write(
            KiboCsvWriter.forResource(KiboResource.PRODUCTS).columns("UPC"),
            List.of(product("A-1", "Shirt")));

    assertEquals(
        "MasterCatalogName,ProductCode,ProductType,ProductUsage,ProductName,Price,VariationPricingMethod,"
            + "PackageWeight,PackageLength,PackageWidth,PackageHeight,UPC\r\n"
            + "Main,A-1,Base,Standard,Shirt,19.90,Fixed,1.5,10,10,2,\r\n",
        text);
  }

  @Test
  void quotesCommasQuotesApostrophesAndNewLinesAndRoundTrips() {
    Map<String, Object> row = product("A-1", "Shirt, \"red\"\nline two");
    row.put("ProductShortDescription", "Kid's size");
    row.put("ContentFullProductDescription", "  padded  ");
    row.put("FulfillmentTypes", List.of("DirectShip", "InStorePickup"));
    row.put("UPC", "000123456789");
    row.put("SEOFriendlyURL", "été-naïve-日本");

    String text =
        write(
            KiboCsvWriter.forResource(KiboResource.PRODUCTS)
                .columns(
                    "ProductShortDescription",
                    "ContentFullProductDescription",
                    "FulfillmentTypes",
                    "UPC",
                    "SEOFriendlyURL"),
            List.of(row));

    assertTrue(text.contains(",\"Shirt, \"\"red\"\"\nline two\","), text);
    assertTrue(text.contains(",\"Kid's size\","), text);
    assertTrue(text.contains(",\"  padded  \","), text);
    assertTrue(text.contains(",\"DirectShip\rInStorePickup\","), text);
    assertTrue(text.contains(",000123456789,"), text);

    try (KiboCsvReader reader =
        KiboCsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      List<Map<String, String>> rows = reader.readAll();
      assertEquals(1, rows.size());
      Map<String, String> read = rows.get(0);
      assertEquals("Shirt, \"red\"\nline two", read.get("ProductName"));
      assertEquals("Kid's size", read.get("ProductShortDescription"));
      assertEquals("  padded  ", read.get("ContentFullProductDescription"));
      assertEquals(
          List.of("DirectShip", "InStorePickup"),
          KiboCsv.splitMultiValue(read.get("FulfillmentTypes")));
      assertEquals("000123456789", read.get("UPC"));
      assertEquals("été-naïve-日本", read.get("SEOFriendlyURL"));
      assertEquals("19.90", read.get("Price"));
    }
  }

  @Test
  void numbersAreNeverInScientificNotation() {
    assertEquals("12345678901234567890", KiboCsv.format(new BigDecimal("1.234567890123456789E+19")));
    assertEquals("0.00000123", KiboCsv.format(1.23e-6));
    assertEquals("10000000000", KiboCsv.format(1e10));
    assertEquals("10", KiboCsv.format(10.0));
    assertEquals("0.1", KiboCsv.format(0.1f));
    assertEquals("9007199254740993", KiboCsv.format(9007199254740993L));
    assertEquals("007", KiboCsv.format("007"));
    assertEquals("true", KiboCsv.format(true));
    assertEquals("", KiboCsv.format(java.util.Optional.empty()));
    assertThrows(IllegalArgumentException.class, () -> KiboCsv.format(Double.NaN));
  }

  @Test
  void deleteSentinelIsWrittenVerbatim() {
    Map<String, Object> row = product("A-1", "Shirt");
    row.put("UPC", KiboCsv.DELETE);
    String text = write(KiboCsvWriter.forResource(KiboResource.PRODUCTS).columns("UPC"), List.of(row));
    assertTrue(text.endsWith(",~delete~\r\n"), text);
  }

  @Test
  void refusesRowMissingARequiredFieldNamingResourceRowAndField() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS).open(bytes)) {
      csv.writeRow(product("A-1", "Shirt"));
      Map<String, Object> second = product("A-2", "  ");
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> csv.writeRow(second));
      assertEquals("Products row 2: required field 'ProductName' is missing", error.getMessage());

      Map<String, Object> third = product("A-3", "Hat");
      third.remove("Price");
      error = assertThrows(IllegalArgumentException.class, () -> csv.writeRow(third));
      assertEquals("Products row 2: required field 'Price' is missing", error.getMessage());
      assertEquals(1, csv.rowCount());
    }
    assertEquals(2, bytes.toString(StandardCharsets.UTF_8).split("\r\n").length);
  }

  @Test
  void refusesAKeyThatIsNotAColumn() {
    Map<String, Object> row = product("A-1", "Shirt");
    row.put("Colour", "red");
    try (KiboCsvWriter csv =
        KiboCsvWriter.forResource(KiboResource.PRODUCTS).open(new ByteArrayOutputStream())) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> csv.writeRow(row));
      assertTrue(error.getMessage().startsWith("Products row 1: column 'Colour' is not in the header"));
    }
  }

  @Test
  void readerHandlesBomLoneCrShortRowsAndBlankLines(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("products.csv");
    Files.write(
        file,
        ("\uFEFFProductCode,ProductName,Tags\r"
                + "0012,\"Multi\r\nline\",\"a\rb\"\n"
                + "\n"
                + "0013,Short\r\n")
            .getBytes(StandardCharsets.UTF_8));

    assertEquals(List.of("ProductCode", "ProductName", "Tags"), KiboCsvReader.readHeader(file));
    try (KiboCsvReader reader = KiboCsvReader.open(file)) {
      List<Map<String, String>> rows = reader.stream().toList();
      assertEquals(2, rows.size());
      assertEquals(Map.of("ProductCode", "0012", "ProductName", "Multi\r\nline", "Tags", "a\rb"), rows.get(0));
      assertEquals(Map.of("ProductCode", "0013", "ProductName", "Short", "Tags", ""), rows.get(1));
    }
  }

  @Test
  void readerReportsMalformedInputWithItsLine() {
    String text = "A,B\n1,2\n1,2,3\n";
    try (KiboCsvReader reader =
        KiboCsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      CsvFormatException error = assertThrows(CsvFormatException.class, reader::readAll);
      assertEquals(3, error.line());
    }
    String unterminated = "A,B\n1,\"open\n";
    try (KiboCsvReader reader =
        KiboCsvReader.open(new ByteArrayInputStream(unterminated.getBytes(StandardCharsets.UTF_8)))) {
      assertThrows(CsvFormatException.class, reader::readAll);
    }
  }

  @Test
  void writerOutputRoundTripsThroughAFile(@TempDir Path dir) {
    Path file = dir.resolve(KiboResource.CUSTOMER_ACCOUNTS.fileName());
    try (KiboCsvWriter csv =
        KiboCsvWriter.forResource(KiboResource.CUSTOMER_ACCOUNTS)
            .columns("ExternalId", "FirstName", "CustomerSegments")
            .open(file)) {
      for (int i = 0; i < 100; i++) {
        csv.writeRow(
            Map.of(
                "Email", "user" + i + "@example.com",
                "ExternalId", String.format("%06d", i),
                "FirstName", i % 2 == 0 ? "O'Brien, \"Jr\"" : "Ann",
                "CustomerSegments", List.of("VIP", "B2B")));
      }
    }
    assertEquals("CustomerAccounts.csv", file.getFileName().toString());
    try (KiboCsvReader reader = KiboCsvReader.open(file)) {
      List<Map<String, String>> rows = reader.readAll();
      assertEquals(100, rows.size());
      assertEquals("000042", rows.get(42).get("ExternalId"));
      assertEquals("O'Brien, \"Jr\"", rows.get(42).get("FirstName"));
      assertEquals("VIP\rB2B", rows.get(99).get("CustomerSegments"));
    }
  }

  private static KiboCsvReader reader(String text, CsvReadLimits limits) {
    return KiboCsvReader.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), limits);
  }

  @Test
  void aValueLongerThanTheFieldCapIsRefusedNamingTheLineAndTheLimit() {
    CsvReadLimits limits = CsvReadLimits.defaults().withMaxFieldChars(16);
    String atCap = "x".repeat(16);
    try (KiboCsvReader csv = reader("A,B\n" + atCap + ",\"" + atCap + "\"\n", limits)) {
      assertEquals(List.of(Map.of("A", atCap, "B", atCap)), csv.readAll());
    }
    try (KiboCsvReader csv = reader("A,B\n1,2\n\"multi\nline\",3\n4,\"" + "y".repeat(17) + "\"\n", limits)) {
      CsvFormatException e = assertThrows(CsvFormatException.class, csv::readAll);
      assertEquals(5, e.line(), "the record starts on line 5: line 3 holds a line break");
      assertEquals("a value is longer than 16 characters (CsvReadLimits.maxFieldChars) (line 5)", e.getMessage());
    }
    try (KiboCsvReader csv = reader("A,B\n1," + "z".repeat(17), limits)) {
      assertEquals(2, assertThrows(CsvFormatException.class, csv::readAll).line());
    }
  }

  @Test
  void aRecordLongerThanTheRecordCapIsRefused() {
    CsvReadLimits limits = CsvReadLimits.defaults().withMaxRecordChars(8);
    try (KiboCsvReader csv = reader("A,B\n1234,5678\n1234,56789\n", limits)) {
      java.util.Iterator<Map<String, String>> rows = csv.iterator();
      assertEquals("5678", rows.next().get("B"));
      CsvFormatException e = assertThrows(CsvFormatException.class, rows::next);
      assertEquals("the record holds more than 8 characters (CsvReadLimits.maxRecordChars) (line 3)", e.getMessage());
    }
  }

  @Test
  void aHeaderWiderThanTheColumnCapIsRefusedOnOpen() {
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> reader("A,B,C\n1,2,3\n", CsvReadLimits.defaults().withMaxColumns(2)));
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("more than 2 columns (CsvReadLimits.maxColumns)"), e.getMessage());
  }

  @Test
  void limitsAreValidatedAndDocumentedDefaultsHold() {
    assertEquals(1 << 20, CsvReadLimits.defaults().maxFieldChars());
    assertEquals(4 << 20, CsvReadLimits.defaults().maxRecordChars());
    assertEquals(10_000, CsvReadLimits.defaults().maxColumns());
    ValidationException e = assertThrows(ValidationException.class, () -> CsvReadLimits.defaults().withMaxFieldChars(0));
    assertEquals("maxFieldChars", e.field());
    assertEquals("maxRecordChars", assertThrows(ValidationException.class,
        () -> CsvReadLimits.defaults().withMaxRecordChars(-1)).field());
    assertEquals("maxColumns", assertThrows(ValidationException.class,
        () -> CsvReadLimits.defaults().withMaxColumns(0)).field());
  }

  @Test
  void readerReplacesBytesThatAreNotUtf8AndKeepsHashLinesAndSpaces() {
    byte[] latin1 = "A,B\n#caf\u00e9, x \n".getBytes(StandardCharsets.ISO_8859_1);
    try (KiboCsvReader csv = KiboCsvReader.open(new ByteArrayInputStream(latin1))) {
      assertEquals(List.of(Map.of("A", "#caf\uFFFD", "B", " x ")), csv.readAll());
    }
  }

  @Test
  void writerRefusesANullRowOrColumnNameNamingTheRow() {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES).open(new ByteArrayOutputStream())) {
      csv.writeRow(Map.of("LocationTypeCode", "WH", "LocationTypeName", "Warehouse"));
      Map<String, Object> nullKey = new java.util.HashMap<>(Map.of("LocationTypeCode", "ST", "LocationTypeName", "Store"));
      nullKey.put(null, "x");
      ValidationException e = assertThrows(ValidationException.class, () -> csv.writeRow(nullKey));
      assertEquals("LocationTypes row 2: a column name is null", e.getMessage());
      e = assertThrows(ValidationException.class, () -> csv.writeRow(null));
      assertEquals("LocationTypes row 2: the row is null", e.getMessage());
      java.util.List<Map<String, Object>> rows = new java.util.ArrayList<>();
      rows.add(Map.of("LocationTypeCode", "ST", "LocationTypeName", "Store"));
      rows.add(null);
      e = assertThrows(ValidationException.class, () -> csv.writeRows(rows));
      assertEquals("LocationTypes row 3: the row is null", e.getMessage());
      assertThrows(ValidationException.class, () -> csv.writeRows(null));
      assertEquals(2, csv.rowCount());
    }
  }

  @Test
  void aMultiValueWithALineBreakInsideAValueIsRefusedSoNoValueIsGainedOnReadingBack() {
    ValidationException cr = assertThrows(ValidationException.class, () -> KiboCsv.multiValue("a", "b\rc", "d"));
    assertEquals("values[1]", cr.field());
    assertTrue(cr.getMessage().contains("carriage return or a line feed"), cr.getMessage());
    assertEquals("values[2]", assertThrows(ValidationException.class,
        () -> KiboCsv.multiValue(List.of("a", "b", "c\nd"))).field());
    assertEquals("values[0]", assertThrows(ValidationException.class,
        () -> KiboCsv.format(List.of(List.of("x", "y")))).field());

    Map<String, Object> row = product("A-1", "Shirt");
    row.put("FulfillmentTypes", List.of("DirectShip", "In\r\nStorePickup"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.PRODUCTS).columns("FulfillmentTypes").open(bytes)) {
      ValidationException e = assertThrows(ValidationException.class, () -> csv.writeRow(row));
      assertTrue(e.field().endsWith("row 1"), e.field());
      assertTrue(e.getMessage().contains("column 'FulfillmentTypes' values[1]: must not contain"), e.getMessage());
    }
    assertEquals(1, bytes.toString(StandardCharsets.UTF_8).split("\r\n").length, "only the header was written");

    List<String> values = List.of("a", "", "b c", "d\"e");
    assertEquals(values, KiboCsv.splitMultiValue(KiboCsv.multiValue(values)));
    assertEquals(List.of("a", "b", "c"), KiboCsv.splitMultiValue("a\r\nb\nc"));
  }
}
