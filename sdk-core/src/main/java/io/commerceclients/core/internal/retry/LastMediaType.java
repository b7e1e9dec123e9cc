package io.commerceclients.core.internal.retry;

import okhttp3.MediaType;
import org.jspecify.annotations.Nullable;

/**
 * Parses a {@code Content-Type} header, reusing the last result: a client reads the same one or two
 * content types over and over, and OkHttp's parser (a regular expression) cost a noticeable share of a
 * small call.
 */
final class LastMediaType {
  private static volatile @Nullable Parsed last;

  private LastMediaType() {}

  /** Returns the header's media type, or null when it is absent or unparsable. */
  static @Nullable MediaType of(@Nullable String header) {
    if (header == null) {
      return null;
    }
    Parsed seen = last;
    if (seen != null && seen.header.equals(header)) {
      return seen.type;
    }
    MediaType type = MediaType.parse(header);
    last = new Parsed(header, type);
    return type;
  }

  private static final class Parsed {
    final String header;
    final @Nullable MediaType type;

    Parsed(String header, @Nullable MediaType type) {
      this.header = header;
      this.type = type;
    }
  }
}
