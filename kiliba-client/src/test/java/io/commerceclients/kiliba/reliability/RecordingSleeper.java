package io.commerceclients.kiliba.reliability;

import io.commerceclients.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the waits asked for instead of waiting. */
final class RecordingSleeper implements Sleeper {
  final List<Duration> delays = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    delays.add(duration);
  }
}
