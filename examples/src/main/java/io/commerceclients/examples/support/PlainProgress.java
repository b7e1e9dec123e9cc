package io.commerceclients.examples.support;

import java.io.PrintStream;
import java.util.function.LongFunction;

/** Progress as plain lines: one at every quarter of the work and one on each status change. */
final class PlainProgress implements Progress {
  private final String task;
  private long total;
  private final LongFunction<String> amount;
  private final String suffix;
  private final PrintStream out;
  private long lastQuarter = -1;
  private long done;
  private String lastStatus;
  private boolean closed;

  PlainProgress(String task, long total, LongFunction<String> amount, String suffix, PrintStream out) {
    this.task = task;
    this.total = total;
    this.amount = amount;
    this.suffix = suffix;
    this.out = out;
  }

  @Override
  public synchronized void update(long done) {
    this.done = done;
    if (total > 0) {
      long quarter = Math.min(4, done * 4 / total);
      if (quarter > lastQuarter && quarter > 0) {
        lastQuarter = quarter;
        out.println("   " + task + ": " + amount.apply(done) + " of " + amount.apply(total) + suffix + " (" + quarter * 25 + "%)");
      }
    }
  }

  @Override
  public synchronized void total(long total) {
    if (this.total <= 0) {
      this.total = total;
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
    if (closed) {
      return;
    }
    closed = true;
    if (total <= 0 && done > 0 && lastStatus == null) {
      out.println("   " + task + ": " + amount.apply(done) + suffix);
    }
  }
}
