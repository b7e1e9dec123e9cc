package io.commerceclients.kibo.importexport.csv;

import io.commerceclients.core.internal.validation.Check;

/**
 * The caps {@link KiboZip#unzip(java.nio.file.Path, java.nio.file.Path, UnzipLimits)} puts on a
 * ZIP, so that a small file cannot fill the disk (a "zip bomb"): the total size extracted, the
 * number of entries, and how many times larger than its compressed bytes one entry may grow.
 *
 * <pre>{@code
 * KiboZip.unzip(zip, dir, UnzipLimits.defaults().withMaxTotalBytes(16L << 30));
 * }</pre>
 */
public final class UnzipLimits {

  /** The default cap on the bytes extracted from one ZIP: 4 GiB. */
  public static final long DEFAULT_MAX_TOTAL_BYTES = 4L << 30;

  /** The default cap on the number of entries (files and directories): 1,000. */
  public static final int DEFAULT_MAX_ENTRIES = 1_000;

  /**
   * The default cap on an entry's compression ratio: 200 (Kibo's CSV files compress 10 to 40
   * times; a run of one repeated byte compresses about 1,000 times).
   */
  public static final int DEFAULT_MAX_COMPRESSION_RATIO = 200;

  /** An entry's ratio is checked once it has produced this many bytes (1 MiB), so tiny files never trip it. */
  public static final long RATIO_CHECKED_FROM_BYTES = 1L << 20;

  private static final UnzipLimits DEFAULTS =
      new UnzipLimits(DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_COMPRESSION_RATIO);

  private final long maxTotalBytes;
  private final int maxEntries;
  private final int maxCompressionRatio;

  private UnzipLimits(long maxTotalBytes, int maxEntries, int maxCompressionRatio) {
    this.maxTotalBytes = maxTotalBytes;
    this.maxEntries = maxEntries;
    this.maxCompressionRatio = maxCompressionRatio;
  }

  /** Returns the default limits: 4 GiB in all, 1,000 entries, a compression ratio of 200. */
  public static UnzipLimits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns these limits with another cap on the bytes extracted in all.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code bytes} is below 1
   */
  public UnzipLimits withMaxTotalBytes(long bytes) {
    Check.inRange(bytes, 1, Long.MAX_VALUE, "maxTotalBytes");
    return new UnzipLimits(bytes, maxEntries, maxCompressionRatio);
  }

  /**
   * Returns these limits with another cap on the number of entries.
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code entries} is below 1
   */
  public UnzipLimits withMaxEntries(int entries) {
    Check.inRange(entries, 1, Integer.MAX_VALUE, "maxEntries");
    return new UnzipLimits(maxTotalBytes, entries, maxCompressionRatio);
  }

  /**
   * Returns these limits with another cap on an entry's compression ratio (extracted bytes per
   * compressed byte).
   *
   * @throws io.commerceclients.core.validation.ValidationException if {@code ratio} is below 1
   */
  public UnzipLimits withMaxCompressionRatio(int ratio) {
    Check.inRange(ratio, 1, Integer.MAX_VALUE, "maxCompressionRatio");
    return new UnzipLimits(maxTotalBytes, maxEntries, ratio);
  }

  /** Returns the cap on the bytes extracted in all. */
  public long maxTotalBytes() {
    return maxTotalBytes;
  }

  /** Returns the cap on the number of entries. */
  public int maxEntries() {
    return maxEntries;
  }

  /** Returns the cap on an entry's compression ratio. */
  public int maxCompressionRatio() {
    return maxCompressionRatio;
  }

  @Override
  public String toString() {
    return "UnzipLimits{maxTotalBytes=" + maxTotalBytes + ", maxEntries=" + maxEntries
        + ", maxCompressionRatio=" + maxCompressionRatio + "}";
  }
}
