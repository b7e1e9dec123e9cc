package io.commerceclients.kibo.importexport.csv;

/**
 * Thrown when a ZIP cannot be extracted safely: an entry name that would leave the target
 * directory, a symbolic link in the way, or a limit of {@link UnzipLimits} exceeded. Nothing the
 * extraction wrote is left behind.
 */
public final class UnsafeZipException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String entryName;

  /** Creates the exception for a problem with the entry {@code entryName}. */
  public UnsafeZipException(String entryName, String message) {
    super("ZIP entry '" + shown(entryName) + "': " + message);
    this.entryName = entryName;
  }

  private static String shown(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().limit(200).forEach(c -> {
      if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return name.codePointCount(0, name.length()) > 200 ? out + "…" : out.toString();
  }

  /** Returns the name of the entry, as written in the ZIP, that was refused. */
  public String entryName() {
    return entryName;
  }
}
