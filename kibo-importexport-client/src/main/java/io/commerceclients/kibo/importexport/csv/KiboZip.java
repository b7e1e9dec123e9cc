package io.commerceclients.kibo.importexport.csv;

import io.commerceclients.core.validation.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Packs CSV files into the ZIP the Import API expects (even a single CSV must be zipped) and
 * unpacks the ZIP an export produced, within {@link UnzipLimits}. Everything is streamed: no file
 * is read whole into memory.
 */
public final class KiboZip {

  private KiboZip() {}

  /**
   * Returns the {@code .csv} files directly inside {@code directory}, customer resources in Kibo's
   * processing order, then the rest by name.
   *
   * @throws UncheckedIOException if the directory cannot be listed
   */
  public static List<Path> csvFilesIn(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      List<Path> files = new ArrayList<>();
      entries
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
          .forEach(files::add);
      files.sort(
          Comparator.comparingInt(KiboZip::processingOrder)
              .thenComparing(p -> p.getFileName().toString()));
      return List.copyOf(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int processingOrder(Path file) {
    return KiboResource.fromFileName(file.getFileName().toString())
        .map(r -> r.processingOrder().orElse(Integer.MAX_VALUE))
        .orElse(Integer.MAX_VALUE);
  }

  /**
   * Writes {@code files} into a new ZIP at {@code target}, each under its own file name, streaming
   * each file.
   *
   * @throws ValidationException if {@code files} is empty or two files share a name
   * @throws UncheckedIOException if a file cannot be read or the ZIP written
   */
  public static Path zip(List<Path> files, Path target) {
    if (files.isEmpty()) {
      throw new ValidationException("files", "at least one file is required");
    }
    Set<String> names = new HashSet<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      if (!names.add(name.toLowerCase(Locale.ROOT))) {
        throw new ValidationException("files", "two files are named '" + name + "'");
      }
    }
    try (OutputStream out = Files.newOutputStream(target);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Path file : files) {
        zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
        Files.copy(file, zip);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /**
   * Writes every CSV file of {@code directory} into a new ZIP at {@code target}.
   *
   * @throws ValidationException if the directory holds no CSV file
   */
  public static Path zipDirectory(Path directory, Path target) {
    List<Path> files = csvFilesIn(directory);
    if (files.isEmpty()) {
      throw new ValidationException("directory", directory + " holds no .csv file");
    }
    return zip(files, target);
  }

  /**
   * Extracts every file of the ZIP at {@code zipFile} into {@code directory} (created if needed),
   * within the default {@link UnzipLimits} (4 GiB in all, 1,000 entries, a compression ratio of
   * 200), as {@link #unzip(Path, Path, UnzipLimits)}.
   *
   * @return the extracted files, in ZIP order
   * @throws UnsafeZipException if an entry could leave the directory, a link is in the way, or a
   *     limit is exceeded
   * @throws UncheckedIOException if the ZIP cannot be read or a file written
   */
  public static List<Path> unzip(Path zipFile, Path directory) {
    return unzip(zipFile, directory, UnzipLimits.defaults());
  }

  /**
   * Extracts every file of the ZIP at {@code zipFile} into {@code directory} (created if needed).
   * Entry names must be relative ({@code ../}, absolute names and backslashes are refused); every
   * path component under {@code directory} is checked without following links, and no file is
   * written through a symbolic link. Each entry is first written to a temporary file next to its
   * target, and the files are moved into place (atomically where the file system can) only once
   * every entry is written: if extraction fails, a file already in the directory is left untouched,
   * and the temporary files and the directories it created are removed. (Should moving the files
   * into place fail part-way, a file already moved in holds its complete new version.)
   *
   * @return the extracted files, in ZIP order
   * @throws UnsafeZipException if an entry could leave the directory, a link is in the way, or a
   *     limit is exceeded
   * @throws UncheckedIOException if the ZIP cannot be read or a file written
   */
  public static List<Path> unzip(Path zipFile, Path directory, UnzipLimits limits) {
    try (InputStream in = Files.newInputStream(zipFile)) {
      return unzip(in, directory, limits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Extracts a ZIP read from {@code stream} into {@code directory}, as {@link #unzip(Path, Path)}.
   *
   * @throws UnsafeZipException as {@link #unzip(Path, Path, UnzipLimits)}
   * @throws UncheckedIOException if the stream cannot be read or a file written
   */
  public static List<Path> unzip(InputStream stream, Path directory) {
    return unzip(stream, directory, UnzipLimits.defaults());
  }

  /**
   * Extracts a ZIP read from {@code stream} into {@code directory}, as {@link #unzip(Path, Path,
   * UnzipLimits)}; the stream is left open.
   *
   * @throws UnsafeZipException as {@link #unzip(Path, Path, UnzipLimits)}
   * @throws UncheckedIOException if the stream cannot be read or a file written
   */
  public static List<Path> unzip(InputStream stream, Path directory, UnzipLimits limits) {
    return Unzipper.extract(stream, directory, limits);
  }

  /**
   * Returns true if {@code file} starts with a ZIP signature.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public static boolean isZip(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(4);
      return head.length == 4
          && head[0] == 'P'
          && head[1] == 'K'
          && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
