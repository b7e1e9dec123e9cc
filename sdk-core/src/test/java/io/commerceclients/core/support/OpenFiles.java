package io.commerceclients.core.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files this JVM holds open, read from {@code /proc/self/fd} (Linux), for tests that no handle is left behind. */
public final class OpenFiles {
  private OpenFiles() {}

  /** Returns the files under {@code directory} that this JVM has open. */
  public static List<String> under(Path directory) throws IOException {
    List<String> open = new ArrayList<>();
    String prefix = directory.toRealPath().toString();
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith(prefix)) {
            open.add(target);
          }
        } catch (IOException gone) {
          // closed while listing
        }
      }
    }
    return open;
  }
}
