package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unicode and hostile text through the CSV writer: whatever UTF-8 can hold round-trips through the
 * reader, a column name is quoted like a value, and an unpaired surrogate (which UTF-8 cannot encode,
 * so it would be written as {@code ?}) is refused naming the row and the column.
 */
class KiboCsvUnicodeTest {

  @TempDir
  Path dir;

  @Test
  void unicodeQuotesAndLineBreaksRoundTrip() {
    Path file = dir.resolve("locationtypes.csv");
    String name = "Entrepôt, \"nord\"\r\n日本 =1+2 'x'";
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES).open(file)) {
      csv.writeRow(Map.of("LocationTypeCode", "WH😀", "LocationTypeName", name));
    }
    try (KiboCsvReader rows = KiboCsvReader.open(file)) {
      Map<String, String> row = rows.iterator().next();
      assertEquals("WH😀", row.get("LocationTypeCode"));
      assertEquals(name, row.get("LocationTypeName"));
    }
  }

  @Test
  void anUnpairedSurrogateIsRefusedNamingTheRowAndTheColumn() {
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES).open(dir.resolve("locationtypes.csv"))) {
      ValidationException e = assertThrows(ValidationException.class,
          () -> csv.writeRow(Map.of("LocationTypeCode", "A\uD800B", "LocationTypeName", "x")));
      assertEquals("LocationTypes row 1", e.field());
      assertTrue(e.getMessage().contains("'LocationTypeCode'") && e.getMessage().contains("index 1"), e.getMessage());
      assertThrows(ValidationException.class, () -> csv.writeRow(Map.of("LocationTypeCode", "A\uDC00", "LocationTypeName", "x")));
      assertThrows(ValidationException.class, () -> csv.writeRow(Map.of("LocationTypeCode", "A", "LocationTypeName", "x\uD83D")));

      csv.writeRow(Map.of("LocationTypeCode", "A", "LocationTypeName", "\uD83D\uDE00"));
      assertEquals(1, csv.rowCount());
    }
    assertThrows(ValidationException.class,
        () -> KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES).columns("Note\uD800"));
  }

  @Test
  void aColumnNameWithCommasQuotesAndLineBreaksIsQuotedInTheHeader() {
    Path file = dir.resolve("locationtypes.csv");
    String column = "a,b\r\n\"c\"";
    try (KiboCsvWriter csv = KiboCsvWriter.forResource(KiboResource.LOCATION_TYPES).columns(column).open(file)) {
      csv.writeRow(Map.of("LocationTypeCode", "A", "LocationTypeName", "x", column, "v"));
    }
    try (KiboCsvReader rows = KiboCsvReader.open(file)) {
      assertEquals("v", rows.iterator().next().get(column));
    }
  }
}
