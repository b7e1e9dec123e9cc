package io.commerceclients.kibo.importexport.csv;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * Run by {@link CsvHeapCapTest} in a JVM with a 64 MB heap: reads hostile CSV input of hundreds of
 * megabytes and prints, for each case, how the reader ended ({@code case <name>: <outcome>}).
 */
public final class CsvHeapCapMain {
  private static final long HOSTILE_BYTES = 400L << 20;

  private CsvHeapCapMain() {}

  public static void main(String[] args) {
    run("unterminated-quote-file", () -> drain(KiboCsvReader.open(Path.of(args[0]))));
    run("huge-field-file", () -> drain(KiboCsvReader.open(Path.of(args[1]))));
    run("many-values-row", () -> drain(KiboCsvReader.open(
        then("A,B\n", repeated("x,", HOSTILE_BYTES)))));
    run("many-columns-header", () -> drain(KiboCsvReader.open(repeated(",", HOSTILE_BYTES))));
    run("huge-record", () -> drain(KiboCsvReader.open(then("A,B,C,D,E,F,G,H\n",
        repeated("\"" + "y".repeat(900 * 1024) + "\",", HOSTILE_BYTES)))));
    run("well-formed", () -> drain(KiboCsvReader.open(then("A,B\n", repeated("1,2\n", 4L << 20)))));
    System.out.println("maxHeap=" + Runtime.getRuntime().maxMemory());
  }

  private static void run(String name, Runnable reading) {
    try {
      reading.run();
      System.out.println("case " + name + ": read");
    } catch (CsvFormatException e) {
      System.out.println("case " + name + ": CsvFormatException line=" + e.line() + " " + e.getMessage());
    } catch (RuntimeException e) {
      System.out.println("case " + name + ": " + e);
    }
  }

  private static void drain(KiboCsvReader reader) {
    try (reader) {
      long rows = 0;
      for (Map<String, String> row : reader) {
        rows += row.size();
      }
      System.out.println("rows " + rows);
    }
  }

  private static InputStream then(String head, InputStream rest) {
    return new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)), rest);
  }

  /** {@code unit} repeated until {@code total} bytes, generated as read: nothing is held. */
  private static InputStream repeated(String unit, long total) {
    byte[] bytes = unit.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      private long position;

      @Override
      public int read() {
        return position >= total ? -1 : bytes[(int) (position++ % bytes.length)];
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (position >= total) {
          return -1;
        }
        int n = (int) Math.min(len, total - position);
        for (int i = 0; i < n; i++) {
          b[off + i] = bytes[(int) (position++ % bytes.length)];
        }
        return n;
      }
    };
  }
}
