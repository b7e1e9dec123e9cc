package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entry names a hostile export could carry that the path checks of {@code KiboZip.unzip} might not
 * expect: a NUL, a name longer than the file system takes, a file and a folder of the same name,
 * an empty name. Each is refused with {@link UnsafeZipException} naming the entry (never a raw
 * {@code InvalidPathException} or {@code FileSystemException}), and nothing is left in the target.
 */
class HostileZipNamesTest {

  private static byte[] zipOf(String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndContents.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndContents[i]));
        z.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static List<Path> left(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.toList();
    }
  }

  private static void assertRefused(Path dir, String badName) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    byte[] zip = zipOf("good.csv", "x", badName, "y");
    Path file = Files.write(dir.resolve("evil.zip"), zip);

    UnsafeZipException e = assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(file, out));
    assertEquals(badName, e.entryName());
    assertEquals(List.of(), left(out), "nothing left for " + badName);
    UnsafeZipException s = assertThrows(UnsafeZipException.class,
        () -> KiboZip.unzip(new ByteArrayInputStream(zip), out));
    assertEquals(badName, s.entryName());
    assertEquals(List.of(), left(out), "nothing left from the stream for " + badName);
  }

  @Test
  void aNameHoldingANulIsRefused(@TempDir Path dir) throws IOException {
    assertRefused(dir, "evil\0.csv");
  }

  @Test
  void aNameLongerThanTheFileSystemTakesIsRefused(@TempDir Path dir) throws IOException {
    assertRefused(dir, "x".repeat(300) + ".csv");
  }

  @Test
  void aFileAndAFolderOfTheSameNameAreRefused(@TempDir Path dir) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path file = Files.write(dir.resolve("evil.zip"), zipOf("a", "x", "a/b.csv", "y"));

    assertThrows(UnsafeZipException.class, () -> KiboZip.unzip(file, out));

    assertEquals(List.of(), left(out));
  }

  @Test
  void anEmptyNameIsRefused(@TempDir Path dir) throws IOException {
    assertRefused(dir, "");
  }
}
