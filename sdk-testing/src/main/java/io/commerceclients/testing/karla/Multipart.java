package io.commerceclients.testing.karla;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A minimal multipart/form-data reader, enough to find the parts of an upload in tests. */
final class Multipart {

  private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
  private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

  private Multipart() {}

  /** One part: its form name, file name, content type and size. */
  static final class Part {
    final String name;
    final @Nullable String filename;
    final @Nullable String contentType;
    final long size;

    Part(String name, @Nullable String filename, @Nullable String contentType, long size) {
      this.name = name;
      this.filename = filename;
      this.contentType = contentType;
      this.size = size;
    }
  }

  /** Returns the parts of {@code body}, or null if the content type is not multipart. */
  static @Nullable List<Part> parse(@Nullable String contentType, byte[] body) {
    if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      return null;
    }
    Matcher boundaryMatch = BOUNDARY.matcher(contentType);
    if (!boundaryMatch.find()) {
      return null;
    }
    byte[] delimiter = ("--" + boundaryMatch.group(1)).getBytes(StandardCharsets.ISO_8859_1);
    List<Part> parts = new ArrayList<>();
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersStart = start + delimiter.length;
      if (headersStart + 1 < body.length && body[headersStart] == '-' && body[headersStart + 1] == '-') {
        break;
      }
      headersStart += 2;
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
      if (headersEnd < 0) {
        break;
      }
      String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.ISO_8859_1);
      int contentStart = headersEnd + 4;
      int next = indexOf(body, delimiter, contentStart);
      if (next < 0) {
        break;
      }
      long size = Math.max(0, next - 2 - contentStart);
      parts.add(new Part(
          find(NAME, headers), find(FILENAME, headers), header(headers, "content-type"), size));
      start = next;
    }
    return parts;
  }

  private static @Nullable String find(Pattern pattern, String headers) {
    Matcher m = pattern.matcher(headers);
    return m.find() ? m.group(1) : null;
  }

  private static @Nullable String header(String headers, String name) {
    for (String line : headers.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
        return line.substring(colon + 1).trim();
      }
    }
    return null;
  }

  private static int indexOf(byte[] data, byte[] pattern, int from) {
    outer:
    for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
      for (int j = 0; j < pattern.length; j++) {
        if (data[i + j] != pattern[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
