package io.commerceclients.examples.support;

import io.commerceclients.core.io.TransferListener;
import java.util.function.Consumer;

/**
 * The progress of a call that goes through stages one after the other (an upload, then a job's
 * polls, then a download): each stage's display opens when its first event arrives and closes
 * the previous one, so two live bars never share the terminal.
 */
public final class Stages implements AutoCloseable {
  private Progress current;
  private Object owner;

  /** Returns a listener that shows a transfer named {@code task}, in bytes. */
  public TransferListener transfer(String task) {
    Object me = new Object();
    return (done, total) -> {
      synchronized (this) {
        Progress display = switchTo(me, () -> Console.transfer(task, total));
        display.total(total);
        display.update(done);
      }
    };
  }

  /** Returns a callback that shows the status text of a job named {@code task} on each poll. */
  public Consumer<String> job(String task) {
    Object me = new Object();
    long[] polls = {0};
    return status -> {
      synchronized (this) {
        Progress display = switchTo(me, () -> Console.job(task));
        display.update(++polls[0]);
        display.status(status);
      }
    };
  }

  private Progress switchTo(Object stage, java.util.function.Supplier<Progress> open) {
    if (owner != stage) {
      if (current != null) {
        current.close();
      }
      current = open.get();
      owner = stage;
    }
    return current;
  }

  /** Closes the display of the last stage. */
  @Override
  public synchronized void close() {
    if (current != null) {
      current.close();
    }
  }
}
