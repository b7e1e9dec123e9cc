package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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

  /** Writes a ZIP of {@code entries} (name, then content or null for no bytes). */
  static Path zipOf(Path zip, String... namesAndContents) throws Exception {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        if (namesAndContents[i + 1] != null) {
          z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        z.closeEntry();
      }
    }
    return zip;
  }

  @Test
  void refusesNamesThatCouldLeaveTheTargetAndWritesNothingOutside(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    List<String> names = List.of("../escaped.csv", "a/../../escaped.csv", "/tmp/absolute.csv", "C:/drive.csv",
        "C:\\drive.csv", "a\\..\\..\\escaped.csv", "./dot.csv", "a//b.csv", "..", "a/..", "/");
    for (String name : names) {
      Path zip = zipOf(dir.resolve("evil.zip"), "good.csv", "x", name, "y");
      UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(zip, out), name);
      assertEquals(name, e.entryName());
      try (Stream<Path> left = Files.list(out)) {
        assertEquals(List.of(), left.toList(), "the good entry before it was removed too: " + name);
      }
    }
    assertFalse(Files.exists(dir.resolve("escaped.csv")));
    assertFalse(Files.exists(Path.of("/tmp/absolute.csv")));
    Path twice = zipOf(dir.resolve("twice.zip"), "a.csv", "1", "b.csv", "2");
    byte[] bytes = Files.readAllBytes(twice);
    String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
    bytes[latin1.indexOf("b.csv")] = 'a'; // the second local header now repeats the first name
    Files.write(twice, bytes);
    assertTrue(assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(twice, out)).getMessage().contains("twice"));
  }

  @Test
  void neverWritesThroughASymbolicLinkAlreadyInTheTarget(@TempDir Path dir) throws Exception {
    Path outside = Files.createDirectory(dir.resolve("outside"));
    Path victim = Files.writeString(outside.resolve("victim.csv"), "precious");
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("sub"), outside);
    Files.createSymbolicLink(out.resolve("link.csv"), victim);
    Files.createSymbolicLink(out.resolve("dangling.csv"), outside.resolve("created-through-link.csv"));

    for (String name : List.of("sub/evil.csv", "sub/", "sub/deeper/evil.csv", "link.csv", "dangling.csv")) {
      Path zip = zipOf(dir.resolve("link.zip"), "first/ok.csv", "ok", name, name.endsWith("/") ? null : "owned");
      UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(zip, out), name);
      assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
      assertFalse(Files.exists(out.resolve("first")), "what was written before is removed: " + name);
    }
    try (Stream<Path> left = Files.list(outside)) {
      assertEquals(List.of(victim), left.toList(), "nothing appeared outside");
    }
    assertEquals("precious", Files.readString(victim));
    assertTrue(Files.isSymbolicLink(out.resolve("sub")), "links the user made are left alone");
  }

  @Test
  void aFailureRemovesEverythingTheExtractionWroteAndNothingElse(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("mine.txt"), "keep");
    Files.createDirectory(out.resolve("shared"));
    Files.writeString(out.resolve("shared/other.txt"), "keep too");
    Path zip = zipOf(dir.resolve("partial.zip"),
        "shared/new.csv", "a", "fresh/nested/", null, "fresh/nested/b.csv", "b", "../bad.csv", "c");

    assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(zip, out));

    try (Stream<Path> left = Files.walk(out)) {
      assertEquals(List.of(out, out.resolve("mine.txt"), out.resolve("shared"), out.resolve("shared/other.txt")),
          left.sorted().toList());
    }
    Path fresh = dir.resolve("not-yet-there");
    assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(zip, fresh));
    assertFalse(Files.exists(fresh), "a directory the extraction created is removed");
  }

  @Test
  void aFileInTheWayIsReplacedOnlyOnceEveryEntryIsWritten(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out/sub")).getParent();
    Files.writeString(out.resolve("customers.csv"), "old customers");
    Files.writeString(out.resolve("sub/addresses.csv"), "old addresses");
    UnzipLimits limits = UnzipLimits.defaults().withMaxTotalBytes(100);
    Path overLimit = zipOf(dir.resolve("over.zip"), "customers.csv", "new customers",
        "sub/addresses.csv", "new addresses", "contacts.csv", "x".repeat(200));
    Path unsafe = zipOf(dir.resolve("unsafe.zip"), "customers.csv", "new customers", "../escaped.csv", "y");

    UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(overLimit, out, limits));
    assertEquals("contacts.csv", e.entryName());
    assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(unsafe, out));
    assertUntouched(out);

    List<Path> extracted = KiboZip.unzip(overLimit, out);
    assertEquals(List.of(out.resolve("customers.csv"), out.resolve("sub/addresses.csv"), out.resolve("contacts.csv")),
        extracted);
    assertEquals("new customers", Files.readString(out.resolve("customers.csv")));
    assertEquals("new addresses", Files.readString(out.resolve("sub/addresses.csv")));
    try (Stream<Path> left = Files.walk(out)) {
      assertEquals(List.of(out, out.resolve("contacts.csv"), out.resolve("customers.csv"), out.resolve("sub"),
          out.resolve("sub/addresses.csv")), left.sorted().toList(), "no temporary file is left");
    }
  }

  @Test
  void aReadFailureInALaterEntryLeavesAFileInTheWayUntouched(@TempDir Path dir) throws Exception {
    Path out = prepareFilesInTheWay(dir);
    try (java.io.InputStream in = cutAfter(zipWithALargeSecondEntry(dir), () -> {
      throw new java.io.IOException("connection reset while reading the ZIP");
    })) {
      java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class, () -> KiboZip.unzip(in, out));
      assertEquals("connection reset while reading the ZIP", e.getCause().getMessage());
    }
    assertUntouched(out);
  }

  @Test
  void anErrorInALaterEntryAlsoLeavesNoTemporaryFileAndTheFilesInTheWayUntouched(@TempDir Path dir) throws Exception {
    Path out = prepareFilesInTheWay(dir);
    try (java.io.InputStream in = cutAfter(zipWithALargeSecondEntry(dir), () -> {
      throw new OutOfMemoryError("simulated");
    })) {
      assertThrows(OutOfMemoryError.class, () -> KiboZip.unzip(in, out));
    }
    assertUntouched(out);
  }

  /** What a cut-short read does: throws an {@link java.io.IOException} or an {@link Error}. */
  private interface Cut {
    void fail() throws java.io.IOException;
  }

  private static Path prepareFilesInTheWay(Path dir) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out/sub")).getParent();
    Files.writeString(out.resolve("customers.csv"), "old customers");
    Files.writeString(out.resolve("sub/addresses.csv"), "old addresses");
    return out;
  }

  private static Path zipWithALargeSecondEntry(Path dir) throws Exception {
    byte[] noise = new byte[64 * 1024];
    new java.util.Random(7).nextBytes(noise);
    return zipOf(dir.resolve("cut.zip"), "customers.csv", "new customers",
        "sub/addresses.csv", new String(noise, StandardCharsets.ISO_8859_1));
  }

  /** The ZIP's bytes, failing with {@code cut} 16 KiB before the end (inside the second entry). */
  private static java.io.InputStream cutAfter(Path zip, Cut cut) throws Exception {
    long cutAt = Files.size(zip) - 16 * 1024;
    return new java.io.FilterInputStream(Files.newInputStream(zip)) {
      private long read;

      @Override
      public int read(byte[] b, int off, int len) throws java.io.IOException {
        if (read >= cutAt) {
          cut.fail();
        }
        int n = super.read(b, off, (int) Math.min(len, cutAt - read));
        read += Math.max(n, 0);
        return n;
      }
    };
  }

  private static void assertUntouched(Path out) throws Exception {
    assertEquals("old customers", Files.readString(out.resolve("customers.csv")));
    assertEquals("old addresses", Files.readString(out.resolve("sub/addresses.csv")));
    try (Stream<Path> left = Files.walk(out)) {
      assertEquals(List.of(out, out.resolve("customers.csv"), out.resolve("sub"), out.resolve("sub/addresses.csv")),
          left.sorted().toList(), "no temporary file is left");
    }
  }

  @Test
  void refusesMoreEntriesThanTheCap(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("many.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < 1_001; i++) {
        z.putNextEntry(new ZipEntry("f" + i + ".csv"));
        z.closeEntry();
      }
    }
    UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(zip, dir.resolve("out")));
    assertEquals("f1000.csv", e.entryName());
    assertTrue(e.getMessage().contains("more than 1000 entries (UnzipLimits.maxEntries)"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));

    Path three = zipOf(dir.resolve("three.zip"), "a.csv", "1", "b.csv", "2", "c.csv", "3");
    assertEquals(3, KiboZip.unzip(three, dir.resolve("ok"), UnzipLimits.defaults().withMaxEntries(3)).size());
    assertThrows(UnsafeZipException.class,
        () -> KiboZip.unzip(three, dir.resolve("no"), UnzipLimits.defaults().withMaxEntries(2)));
  }

  @Test
  void refusesMoreBytesInAllThanTheCap(@TempDir Path dir) throws Exception {
    Path zip = dir.resolve("random.zip");
    java.util.Random random = new java.util.Random(42);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (int i = 0; i < 3; i++) {
        byte[] noise = new byte[1 << 20];
        random.nextBytes(noise);
        z.putNextEntry(new ZipEntry("part" + i + ".csv"));
        z.write(noise);
        z.closeEntry();
      }
    }
    UnzipLimits limits = UnzipLimits.defaults().withMaxTotalBytes((5L << 20) / 2);
    UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(zip, dir.resolve("out"), limits));
    assertEquals("part2.csv", e.entryName());
    assertTrue(e.getMessage().contains("more than 2621440 bytes (UnzipLimits.maxTotalBytes)"), e.getMessage());
    assertFalse(Files.exists(dir.resolve("out")));
    assertEquals(3, KiboZip.unzip(zip, dir.resolve("all")).size());
  }

  @Test
  void limitsAreValidated() {
    assertEquals(4L << 30, UnzipLimits.defaults().maxTotalBytes());
    assertEquals(1_000, UnzipLimits.defaults().maxEntries());
    assertEquals(200, UnzipLimits.defaults().maxCompressionRatio());
    assertEquals("maxTotalBytes", assertThrows(ValidationException.class,
        () -> UnzipLimits.defaults().withMaxTotalBytes(0)).field());
    assertEquals("maxEntries", assertThrows(ValidationException.class,
        () -> UnzipLimits.defaults().withMaxEntries(0)).field());
    assertEquals("maxCompressionRatio", assertThrows(ValidationException.class,
        () -> UnzipLimits.defaults().withMaxCompressionRatio(0)).field());
  }
}
