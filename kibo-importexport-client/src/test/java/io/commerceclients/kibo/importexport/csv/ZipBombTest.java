package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A ZIP of about 1 MB that expands to 1 GiB of zeros, made here by streaming zeros through a
 * deflater (never held in memory, small on disk): extraction must stop early and leave nothing.
 */
class ZipBombTest {

  @TempDir
  static Path shared;

  static Path bomb;

  /** Writes {@code mebibytes} MiB of zeros as one entry, at the best compression. */
  static Path bomb(Path zip, int mebibytes) throws Exception {
    try (OutputStream out = Files.newOutputStream(zip);
        ZipOutputStream z = new ZipOutputStream(out)) {
      z.setLevel(Deflater.BEST_COMPRESSION);
      z.putNextEntry(new ZipEntry("products.csv"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < mebibytes; i++) {
        z.write(zeros);
      }
      z.closeEntry();
    }
    return zip;
  }

  @BeforeAll
  static void makeBomb() throws Exception {
    bomb = bomb(shared.resolve("bomb.zip"), 1024);
    assertTrue(Files.size(bomb) < 2 << 20, "small on disk: " + Files.size(bomb));
  }

  @Test
  void theCompressionRatioCapStopsItAfterAboutOneMebibyte(@TempDir Path dir) {
    Path out = dir.resolve("out");
    UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(bomb, out));
    assertEquals("products.csv", e.entryName());
    assertTrue(e.getMessage().contains("more than 200 times its compressed size (UnzipLimits.maxCompressionRatio)"),
        e.getMessage());
    assertFalse(Files.exists(out), "the partial file and the directory were removed");
  }

  @Test
  void theTotalCapStopsItWhenTheRatioCapIsLifted(@TempDir Path dir) throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.writeString(out.resolve("mine.txt"), "keep");
    UnzipLimits limits = UnzipLimits.defaults().withMaxCompressionRatio(Integer.MAX_VALUE).withMaxTotalBytes(16L << 20);
    UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(bomb, out, limits));
    assertTrue(e.getMessage().contains("more than 16777216 bytes (UnzipLimits.maxTotalBytes)"), e.getMessage());
    try (Stream<Path> left = Files.list(out)) {
      assertEquals(List.of(out.resolve("mine.txt")), left.toList());
    }
  }

  @Test
  void theStreamVariantHasTheSameCaps(@TempDir Path dir) throws Exception {
    try (var in = Files.newInputStream(bomb)) {
      assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(in, dir.resolve("out")));
    }
    assertFalse(Files.exists(dir.resolve("out")));
  }
}
