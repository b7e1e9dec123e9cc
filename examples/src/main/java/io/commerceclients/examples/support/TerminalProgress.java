package io.commerceclients.examples.support;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Progress as a live bar (me.tongfei:progressbar) when the output is a terminal. */
final class TerminalProgress implements Progress {
  private final ProgressBar bar;

  TerminalProgress(String task, long total, String unit) {
    this.bar = new ProgressBarBuilder().setTaskName("   " + task).setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" " + unit, 1).setUpdateIntervalMillis(100)
        .continuousUpdate().build();
  }

  @Override
  public void update(long done) {
    bar.stepTo(done);
  }

  @Override
  public void status(String text) {
    bar.setExtraMessage(text);
  }

  @Override
  public void close() {
    bar.close();
  }
}
