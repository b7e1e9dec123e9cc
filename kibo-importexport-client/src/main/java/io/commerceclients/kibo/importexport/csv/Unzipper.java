package io.commerceclients.kibo.importexport.csv;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;

/**
 * One extraction of a ZIP into a directory, within {@link UnzipLimits}. Every path component
 * under the directory is checked without following links and created by this extraction or found
 * to be a real directory. Each entry is written to a new temporary file next to its target
 * ({@code CREATE_NEW}, {@code NOFOLLOW_LINKS}: nothing is written through a link); only once every
 * entry is written are the temporary files renamed onto their targets (atomically where the file
 * system can), so a file already in the way is either left untouched or replaced by a complete
 * new version. On failure the temporary files and the directories created are removed.
 */
final class Unzipper {
  /** The longest file name, in bytes, common file systems take (NAME_MAX on Linux and macOS). */
  private static final int MAX_NAME_BYTES = 255;
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

  private final UnzipLimits limits;
  private final List<Path> createdDirectories = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Set<Path> temporaryFiles = new HashSet<>();
  private final List<Path> movedNewFiles = new ArrayList<>();
  private final Set<String> names = new HashSet<>();
  private final Set<Path> fileTargets = new HashSet<>();
  private Path root;
  private long totalBytes;
  private int entries;

  private Unzipper(UnzipLimits limits) {
    this.limits = limits;
  }

  /** Extracts {@code stream} into {@code directory}, or removes what it wrote and throws. */
  static List<Path> extract(InputStream stream, Path directory, UnzipLimits limits) {
    Unzipper unzipper = new Unzipper(limits);
    try {
      return unzipper.run(stream, directory);
    } catch (IOException e) {
      unzipper.removeWritten(e);
      throw new UncheckedIOException(e);
    } catch (RuntimeException | Error e) {
      unzipper.removeWritten(e);
      throw e;
    }
  }

  private List<Path> run(InputStream stream, Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      Files.createDirectories(directory);
      createdDirectories.add(directory);
    }
    root = directory.toRealPath();
    CountingInputStream compressed = new CountingInputStream(stream);
    ZipInputStream zip = new ZipInputStream(compressed);
    List<Path> extracted = new ArrayList<>();
    for (ZipEntry entry = nextEntry(zip); entry != null; entry = nextEntry(zip)) {
      String name = entry.getName();
      if (++entries > limits.maxEntries()) {
        throw new UnsafeZipException(name, "the ZIP has more than " + limits.maxEntries()
            + " entries (UnzipLimits.maxEntries)");
      }
      List<String> parts = relativeParts(name);
      if (!names.add(String.join("/", parts))) {
        throw new UnsafeZipException(name, "the ZIP holds this name twice");
      }
      if (entry.isDirectory()) {
        directory(name, parts);
        continue;
      }
      Path parent = directory(name, parts.subList(0, parts.size() - 1));
      Path target = parent.resolve(parts.get(parts.size() - 1));
      if (Files.isSymbolicLink(target)) {
        throw new UnsafeZipException(name, "a symbolic link is in the way; nothing is written through a link");
      }
      if (Files.exists(target, NOFOLLOW) && !Files.isRegularFile(target, NOFOLLOW)) {
        throw new UnsafeZipException(name, "something that is not a regular file is in the way");
      }
      if (temporaryFiles.contains(target)) {
        throw new UnsafeZipException(name, "the name is that of a temporary file of this extraction");
      }
      Path temporary = newTemporaryFile(parent);
      pending.add(new Pending(temporary, target));
      fileTargets.add(target);
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE, NOFOLLOW)) {
        copy(zip, out, name, compressed);
      }
      extracted.add(target);
    }
    for (Pending p : pending) {
      p.moveIntoPlace(movedNewFiles);
    }
    return List.copyOf(extracted);
  }

  /** Creates an empty, new file with a random name in {@code directory}, where an entry is written first. */
  private Path newTemporaryFile(Path directory) throws IOException {
    while (true) {
      Path candidate = directory.resolve(".kibo-unzip-" + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
      try {
        Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW).close();
        temporaryFiles.add(candidate);
        return candidate;
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  private static @Nullable ZipEntry nextEntry(ZipInputStream zip) throws IOException {
    try {
      return zip.getNextEntry();
    } catch (IllegalArgumentException e) {
      throw new ZipException("an entry name is not valid UTF-8");
    }
  }

  /** Splits an entry name into plain names: no absolute path, drive, backslash, {@code .} or {@code ..}. */
  private static List<String> relativeParts(String name) {
    if (name.isEmpty() || name.startsWith("/") || DRIVE.matcher(name).matches()) {
      throw new UnsafeZipException(name, "an absolute or empty name; only relative names are extracted");
    }
    if (name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0) {
      throw new UnsafeZipException(name, "a backslash or NUL in the name; only '/' separates names");
    }
    String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    List<String> parts = List.of(trimmed.split("/", -1));
    for (String part : parts) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new UnsafeZipException(name, "the name has an empty, '.' or '..' part; it could leave the directory");
      }
      if (part.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
        throw new UnsafeZipException(name, "a part of the name is longer than " + MAX_NAME_BYTES
            + " bytes, more than a file system takes");
      }
    }
    return parts;
  }

  /** Returns the directory {@code parts} name under the root, creating what is missing, never through a link. */
  private Path directory(String name, List<String> parts) throws IOException {
    Path current = root;
    for (String part : parts) {
      current = current.resolve(part);
      if (Files.isSymbolicLink(current)) {
        throw new UnsafeZipException(name, "'" + root.relativize(current)
            + "' is a symbolic link; nothing is written through a link");
      }
      if (fileTargets.contains(current)) {
        throw new UnsafeZipException(name, "'" + root.relativize(current) + "' is a file of this ZIP, not a directory");
      }
      if (!Files.exists(current, NOFOLLOW)) {
        Files.createDirectory(current);
        createdDirectories.add(current);
      } else if (!Files.isDirectory(current, NOFOLLOW)) {
        throw new UnsafeZipException(name, "'" + root.relativize(current) + "' is not a directory");
      }
    }
    return current;
  }

  private void copy(InputStream zip, OutputStream out, String name, CountingInputStream compressed)
      throws IOException {
    long compressedAtStart = compressed.count();
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
      written += n;
      totalBytes += n;
      if (totalBytes > limits.maxTotalBytes()) {
        throw new UnsafeZipException(name, "the ZIP extracts to more than " + limits.maxTotalBytes()
            + " bytes (UnzipLimits.maxTotalBytes)");
      }
      long read = Math.max(1, compressed.count() - compressedAtStart);
      if (written >= UnzipLimits.RATIO_CHECKED_FROM_BYTES && written / read > limits.maxCompressionRatio()) {
        throw new UnsafeZipException(name, "the entry grows more than " + limits.maxCompressionRatio()
            + " times its compressed size (UnzipLimits.maxCompressionRatio)");
      }
      out.write(buffer, 0, n);
    }
  }

  /**
   * Removes the temporary files, the files moved into place where none was before (a file replaced
   * already holds its complete new version) and the directories created, if empty.
   */
  private void removeWritten(Throwable failure) {
    List<Path> written = new ArrayList<>(temporaryFiles);
    written.addAll(movedNewFiles);
    for (Path file : written) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    for (int i = createdDirectories.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(createdDirectories.get(i));
      } catch (DirectoryNotEmptyException e) {
        // it holds files this extraction did not write: leave it
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }

  /** An entry written to {@code temporary}, to be renamed onto {@code target} once every entry is written. */
  private static final class Pending {
    private final Path temporary;
    private final Path target;

    Pending(Path temporary, Path target) {
      this.temporary = temporary;
      this.target = target;
    }

    /**
     * Renames the temporary file onto the target (a rename replaces a link in the way rather than
     * writing through it); records the target in {@code created} if no file was there before.
     */
    void moveIntoPlace(List<Path> created) throws IOException {
      boolean existed = Files.exists(target, NOFOLLOW);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      if (!existed) {
        created.add(target);
      }
    }
  }

  /** Counts the compressed bytes the ZIP reader has taken from the source. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    long count() {
      return count;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }
  }
}
