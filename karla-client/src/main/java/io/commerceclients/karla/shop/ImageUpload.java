package io.commerceclients.karla.shop;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An image to upload, streamed from a file or from an {@link InputStream}. The content type is
 * detected from the file (or its name) unless given.
 */
public final class ImageUpload {

  private final @Nullable Path file;
  private final @Nullable InputStream stream;
  private final long length;
  private final String filename;
  private final String contentType;

  private ImageUpload(@Nullable Path file, @Nullable InputStream stream, long length, String filename,
      String contentType) {
    this.file = file;
    this.stream = stream;
    this.length = length;
    this.filename = filename;
    this.contentType = contentType;
  }

  /**
   * Returns an upload of {@code file}, its content type detected from its content or name
   * (falling back to {@code application/octet-stream}). A file upload can be retried.
   *
   * @throws IllegalArgumentException if the file is not a readable regular file
   */
  public static ImageUpload of(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("image: " + file + " is not a readable file");
    }
    String name = file.getFileName().toString();
    return new ImageUpload(file, null, -1, name, detect(file, name));
  }

  /** Returns an upload of {@code file} sent with the given content type, such as {@code image/png}. */
  public static ImageUpload of(Path file, String contentType) {
    ImageUpload upload = of(file);
    return new ImageUpload(file, null, -1, upload.filename, Objects.requireNonNull(contentType, "contentType"));
  }

  /**
   * Returns an upload read once from {@code stream} ({@code length} bytes, or -1 if unknown) under
   * {@code filename}; the content type is guessed from the name unless {@code contentType} is
   * given. A stream upload is sent once and never retried; the SDK closes the stream.
   */
  public static ImageUpload of(InputStream stream, long length, String filename, @Nullable String contentType) {
    Objects.requireNonNull(stream, "stream");
    Objects.requireNonNull(filename, "filename");
    String type = contentType != null ? contentType : guess(filename);
    return new ImageUpload(null, stream, length, filename, type);
  }

  /** Returns the file, for a file upload. */
  public Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** Returns the stream, for a stream upload. */
  public Optional<InputStream> stream() {
    return Optional.ofNullable(stream);
  }

  /** Returns the stream's length, or -1 when unknown or for a file. */
  public long length() {
    return length;
  }

  /** Returns the file name sent with the part. */
  public String filename() {
    return filename;
  }

  /** Returns the content type sent with the part. */
  public String contentType() {
    return contentType;
  }

  private static String detect(Path file, String name) {
    try {
      String probed = Files.probeContentType(file);
      if (probed != null) {
        return probed;
      }
    } catch (IOException ignored) {
      // fall back to the name
    }
    return guess(name);
  }

  private static String guess(String name) {
    String guessed = URLConnection.guessContentTypeFromName(name);
    if (guessed != null) {
      return guessed;
    }
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".webp")) {
      return "image/webp";
    }
    if (lower.endsWith(".svg")) {
      return "image/svg+xml";
    }
    return "application/octet-stream";
  }

  @Override
  public String toString() {
    return "ImageUpload{" + filename + ", " + contentType + "}";
  }
}
