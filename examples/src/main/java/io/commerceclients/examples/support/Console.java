package io.commerceclients.examples.support;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What the examples print: one plain line per step, indented details, and progress that is a
 * live bar in a terminal and a few plain lines otherwise (so the output pastes cleanly into a bug
 * report).
 */
public final class Console {
  private static final PrintStream STARTUP_OUT = System.out;

  private Console() {}

  /** Says which backend the example talks to and how to switch to the real API. */
  public static void target(String api, boolean realApi, String baseUrl, String howToSwitch) {
    if (realApi) {
      out().println("Using the real " + api + " API at " + baseUrl + " (credentials from the environment).");
    } else {
      out().println("Using the embedded fake " + api + " at " + baseUrl + ".");
      out().println("  To use the real API instead: " + howToSwitch);
    }
  }

  /** Says that the example always runs on the embedded fake, and why. */
  public static void fakeOnly(String api, String baseUrl, String why) {
    out().println("Using the embedded fake " + api + " at " + baseUrl + ".");
    out().println("  This example always runs on the fake: " + why + ".");
  }

  /** Prints a step: {@code "-> Placing order #1001"}. */
  public static void step(String text) {
    out().println("-> " + text);
  }

  /** Prints a detail of the last step: {@code "   id: 42"}. */
  public static void detail(String label, Object value) {
    out().println("   " + label + ": " + value);
  }

  /** Prints a detail line as is, indented. */
  public static void note(String text) {
    out().println("   " + text);
  }

  /** Starts a progress display for {@code total} items (-1 if unknown) named {@code task}. */
  public static Progress progress(String task, long total, String unit) {
    return isTerminal() ? new TerminalProgress(task, total, unit, 1, true)
        : new PlainProgress(task, total, String::valueOf, " " + unit, out());
  }

  /** Starts a progress display for a transfer of {@code totalBytes} bytes (-1 if unknown). */
  public static Progress transfer(String task, long totalBytes) {
    return isTerminal() ? new TerminalProgress(task, totalBytes, "KB", 1024, true)
        : new PlainProgress(task, totalBytes, Console::bytes, "", out());
  }

  /**
   * Starts a display of a job while it is polled: call {@link Progress#update} with the poll count
   * and {@link Progress#status} with the job's status; plain output shows each status change once.
   */
  public static Progress job(String task) {
    return isTerminal() ? new TerminalProgress(task, -1, "polls", 1, false) : new PlainProgress(task, -1, n -> "", "", out());
  }

  /** Whether standard output is an interactive terminal (and not redirected by a test). */
  private static boolean isTerminal() {
    return System.console() != null && System.out == STARTUP_OUT;
  }

  /** The current standard output, looked up on each use so tests can redirect it. */
  private static PrintStream out() {
    return System.out;
  }

  /** Formats a byte count such as {@code 12.5 MB}. */
  public static String bytes(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double kb = bytes / 1024.0;
    if (kb < 1024) {
      return String.format(Locale.ROOT, "%.1f KB", kb);
    }
    double mb = kb / 1024.0;
    return mb < 1024 ? String.format(Locale.ROOT, "%.1f MB", mb) : String.format(Locale.ROOT, "%.2f GB", mb / 1024.0);
  }
}
