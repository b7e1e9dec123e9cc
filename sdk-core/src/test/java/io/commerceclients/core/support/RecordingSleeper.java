package io.commerceclients.core.support;

import io.commerceclients.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the delays instead of waiting. */
public final class RecordingSleeper implements Sleeper {
  public final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    delays.add(duration);
  }
}
