package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KiboZipTest {

  @Test
  void zipsADirectoryInProcessingOrderAndUnzipsIt(@TempDir Path dir) throws Exception {
    Path csvs = Files.createDirectory(dir.resolve("csv"));
    Files.writeString(csvs.resolve("CustomerContacts.csv"), "AccountId\r\n1\r\n");
    Files.writeString(csvs.resolve("CustomerAccounts.csv"), "Email\r\na@b.c\r\n");
    Files.writeString(csvs.resolve("readme.txt"), "ignored");

    assertEquals(
        List.of(csvs.resolve("CustomerAccounts.csv"), csvs.resolve("CustomerContacts.csv")),
        KiboZip.csvFilesIn(csvs));

    Path zip = KiboZip.zipDirectory(csvs, dir.resolve("import.zip"));
    assertTrue(KiboZip.isZip(zip));
    assertFalse(KiboZip.isZip(csvs.resolve("readme.txt")));

    List<Path> files = KiboZip.unzip(zip, dir.resolve("out"));
    assertEquals(2, files.size());
    assertEquals("CustomerAccounts.csv", files.get(0).getFileName().toString());
    assertEquals("Email\r\na@b.c\r\n", Files.readString(files.get(0)));
  }

  @Test
  void refusesEmptyInputAndDuplicateNames(@TempDir Path dir) throws Exception {
    assertThrows(IllegalArgumentException.class, () -> KiboZip.zipDirectory(dir, dir.resolve("x.zip")));
    Path a = Files.createDirectory(dir.resolve("a"));
    Path b = Files.createDirectory(dir.resolve("b"));
    Files.writeString(a.resolve("products.csv"), "x");
    Files.writeString(b.resolve("Products.csv"), "y");
    assertThrows(
        IllegalArgumentException.class,
        () -> KiboZip.zip(List.of(a.resolve("products.csv"), b.resolve("Products.csv")), dir.resolve("x.zip")));
  }

  @Test
  void refusesEntriesThatEscapeTheTarget(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("evil.zip");
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("../escaped.csv"));
      z.write("x".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    assertThrows(UncheckedIOException.class, () -> KiboZip.unzip(zip, dir.resolve("out")));
    assertFalse(Files.exists(dir.resolve("escaped.csv")));
  }
}
