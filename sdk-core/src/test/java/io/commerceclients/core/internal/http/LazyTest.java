package io.commerceclients.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {

  @Test
  void makesTheValueOnceWhateverTheNumberOfThreadsAsking() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    Lazy<Object> lazy = Lazy.of(() -> {
      made.incrementAndGet();
      return new Object();
    });
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        got.add(threads.submit(() -> {
          start.await();
          return lazy.get();
        }));
      }
      start.countDown();
      for (Future<Object> value : got) {
        assertSame(lazy.get(), value.get());
      }
    } finally {
      threads.shutdownNow();
    }
    assertEquals(1, made.get());
  }

  @Test
  void aFactoryThatFailsIsAskedAgainNextTime() {
    AtomicInteger calls = new AtomicInteger();
    Lazy<String> lazy = Lazy.of(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("first");
      }
      return "second";
    });

    assertThrows(IllegalStateException.class, lazy::get);
    assertEquals("second", lazy.get());
    assertEquals(2, calls.get());
  }
}
