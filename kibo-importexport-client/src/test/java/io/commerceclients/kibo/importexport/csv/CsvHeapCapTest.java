package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads 400 MB of hostile CSV (an unterminated quote, a huge field, a row of countless values, a
 * header of countless columns, a record of huge fields) in a JVM whose heap is capped at 64 MB:
 * each must end in a {@link CsvFormatException} naming the line and the limit, not in an
 * OutOfMemoryError (the child exits at once on one).
 */
class CsvHeapCapTest {
  private static final long SIZE = 400L << 20;

  /** A sparse file of {@code head} then NUL bytes up to 400 MB: cheap on disk, huge to read. */
  private static Path sparse(Path file, String head) throws Exception {
    try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
      raf.write(head.getBytes(StandardCharsets.UTF_8));
      raf.setLength(SIZE);
    }
    return file;
  }

  @Test
  void hostileInputEndsInCsvFormatExceptionWithA64MegabyteHeap(@TempDir Path dir) throws Exception {
    Path unterminated = sparse(dir.resolve("unterminated.csv"), "A,B\r\n1,\"");
    Path hugeField = sparse(dir.resolve("huge-field.csv"), "A,B\r\n1,");
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(javaBin, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError",
        "-cp", System.getProperty("java.class.path"), CsvHeapCapMain.class.getName(),
        unterminated.toString(), hugeField.toString()))
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("child.log").toFile())
        .start();
    boolean finished = child.waitFor(120, TimeUnit.SECONDS);
    if (!finished) {
      child.destroyForcibly();
    }
    String output = Files.readString(dir.resolve("child.log"), StandardCharsets.UTF_8);

    assertTrue(finished, "the reads did not finish: " + output);
    assertEquals(0, child.exitValue(), output);
    assertCase(output, "unterminated-quote-file", "line=2 a value is longer than 1048576 characters (CsvReadLimits.maxFieldChars) (line 2)");
    assertCase(output, "huge-field-file", "line=2 a value is longer than 1048576 characters");
    assertCase(output, "many-values-row", "line=2 row has more values than the 2 columns of the header (line 2)");
    assertCase(output, "many-columns-header", "line=1 the header has more than 10000 columns (CsvReadLimits.maxColumns) (line 1)");
    assertCase(output, "huge-record", "line=2 the record holds more than 4194304 characters (CsvReadLimits.maxRecordChars)");
    assertTrue(output.contains("case well-formed: read"), output);
    assertTrue(output.contains("rows 2097152"), "the positive control read every row: " + output);
    long maxHeap = Long.parseLong(output.lines().filter(l -> l.startsWith("maxHeap=")).findFirst()
        .orElseThrow(() -> new AssertionError(output)).substring("maxHeap=".length()));
    assertTrue(maxHeap < 100L << 20, "the child's heap was capped: " + maxHeap);
  }

  private static void assertCase(String output, String name, String expected) {
    String line = output.lines().filter(l -> l.startsWith("case " + name + ":")).findFirst()
        .orElseThrow(() -> new AssertionError("no outcome for " + name + ": " + output));
    assertTrue(line.startsWith("case " + name + ": CsvFormatException " + expected), line);
  }
}
