package io.commerceclients.examples.support;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress as a live bar (me.tongfei:progressbar) when the output is a terminal. */
final class TerminalProgress implements Progress {
  private final ProgressBar bar;
  private boolean closed;

  TerminalProgress(String task, long total, String unit, long unitSize, boolean showSpeed) {
    ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName("   " + task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, unitSize).setUpdateIntervalMillis(100)
        .continuousUpdate();
    this.bar = (showSpeed ? builder.showSpeed() : builder).build();
  }

  @Override
  public synchronized void update(long done) {
    bar.stepTo(done);
  }

  @Override
  public synchronized void total(long total) {
    if (bar.getMax() <= 0 && total > 0) {
      bar.maxHint(total);
    }
  }

  @Override
  public synchronized void status(String text) {
    bar.setExtraMessage(text);
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    bar.close();
  }
}
