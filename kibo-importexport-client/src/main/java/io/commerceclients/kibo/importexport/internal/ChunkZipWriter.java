package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.kibo.importexport.csv.KiboCsv;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the ZIPs of a split import, one job after the other, reading each resource's CSV once
 * from start to end: a job's slice of a resource continues where the previous job's slice ended.
 * Only the current row is in memory.
 */
final class ChunkZipWriter implements AutoCloseable {

  private final ImportPackage source;
  private KiboResource resource;
  private KiboCsvReader reader;
  private Iterator<Map<String, String>> rows;
  private long nextRow;

  ChunkZipWriter(ImportPackage source) {
    this.source = source;
  }

  /**
   * Writes the slices of one job into a new ZIP at {@code target}, each as {@code
   * <resource>.csv} with the source's header. Slices must follow the previous job's slices.
   *
   * @throws UncheckedIOException if a file cannot be read or written
   * @throws IllegalStateException if the slices do not continue the previous ones
   */
  Path write(List<RecordRange> slices, Path target) {
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      for (RecordRange slice : slices) {
        moveTo(slice);
        zip.putNextEntry(new ZipEntry(slice.resource().fileName()));
        writeLine(writer, reader.header());
        for (long row = slice.firstRow(); row <= slice.lastRow(); row++) {
          if (!rows.hasNext()) {
            throw new IllegalStateException(slice.resource() + " has fewer rows than counted (" + row + ")");
          }
          Map<String, String> values = rows.next();
          writeLine(writer, reader.header().stream().map(h -> values.getOrDefault(h, "")).toList());
          nextRow++;
        }
        writer.flush();
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  private void moveTo(RecordRange slice) {
    if (!slice.resource().equals(resource)) {
      close();
      resource = slice.resource();
      reader = KiboCsvReader.open(source.open(resource));
      rows = reader.iterator();
      nextRow = 1;
    }
    if (slice.firstRow() != nextRow) {
      throw new IllegalStateException("rows of " + resource + " must continue at " + nextRow
          + ", not " + slice.firstRow());
    }
  }

  private static void writeLine(Writer writer, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        writer.write(',');
      }
      writer.write(KiboCsv.quote(values.get(i)));
    }
    writer.write("\r\n");
  }

  /** Closes the CSV being read. */
  @Override
  public void close() {
    if (reader != null) {
      reader.close();
      reader = null;
      rows = null;
      resource = null;
    }
  }
}
