package io.commerceclients.examples.support;

import java.io.PrintStream;

/** Progress as plain lines: one at every quarter of the work and on each status change. */
final class PlainProgress implements Progress {
  private final String task;
  private final long total;
  private final String unit;
  private final PrintStream out;
  private long lastQuarter = -1;
  private long done;
  private String lastStatus;

  PlainProgress(String task, long total, String unit, PrintStream out) {
    this.task = task;
    this.total = total;
    this.unit = unit;
    this.out = out;
  }

  @Override
  public synchronized void update(long done) {
    this.done = done;
    if (total > 0) {
      long quarter = Math.min(4, done * 4 / total);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        out.println("   " + task + ": " + done + "/" + total + " " + unit + " (" + quarter * 25 + "%)");
      }
    }
  }

  @Override
  public synchronized void status(String text) {
    if (!text.equals(lastStatus)) {
      lastStatus = text;
      out.println("   " + task + ": " + text);
    }
  }

  @Override
  public synchronized void close() {
    if (total <= 0 && done > 0) {
      out.println("   " + task + ": " + done + " " + unit);
    }
  }
}
