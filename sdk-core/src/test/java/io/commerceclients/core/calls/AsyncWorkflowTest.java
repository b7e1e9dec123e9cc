package io.commerceclients.core.calls;

import static io.commerceclients.core.support.Threads.runToItsEnd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.commerceclients.core.internal.http.AsyncWorkflow;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The local file work of the asynchronous workflows (writing ZIPs, counting rows, unzipping) runs
 * on the SDK's threads for blocking work, and its step completes on the SDK's completion threads, as
 * every future of the SDK does.
 */
class AsyncWorkflowTest {

  @Test
  void localWorkRunsOnTheBlockingThreadsAndItsStepCompletesOnTheCompletionThreads() throws Exception {
    AsyncWorkflow<String> flow = new AsyncWorkflow<>();
    CountDownLatch attached = new CountDownLatch(1);

    CompletableFuture<List<String>> seen = flow.work(() -> {
      awaitQuietly(attached);
      return Thread.currentThread().getName();
    }).thenApply(workedOn -> List.of(workedOn, Thread.currentThread().getName()));
    attached.countDown();
    List<String> threads = seen.get(10, TimeUnit.SECONDS);

    assertEquals("commerce-clients-blocking", threads.get(0));
    assertEquals("commerce-clients-async", threads.get(1));
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void aFailureOfTheWorkFailsItsStep() throws Exception {
    AsyncWorkflow<String> flow = new AsyncWorkflow<>();
    IllegalStateException broken = new IllegalStateException("zip failed");

    CompletableFuture<Object> step = flow.work(() -> {
      throw broken;
    });

    assertEquals(broken, step.handle((value, error) -> error).get(10, TimeUnit.SECONDS));
  }

  @Test
  void noStepStartsOnceTheCancellationIsTakingItsReport() throws Exception {
    AtomicReference<String> sent = new AtomicReference<>("nothing sent");
    AtomicReference<AsyncWorkflow<String>> workflow = new AtomicReference<>();
    AsyncWorkflow<String> flow = new AsyncWorkflow<>(() -> {
      String seen = sent.get();
      // Just after the report read what was sent, the workflow's next step starts on another thread.
      runToItsEnd(() -> workflow.get().step(() -> {
        sent.set("the next request sent");
        return new CompletableFuture<>();
      }));
      return new CancellationException(seen);
    });
    workflow.set(flow);

    flow.future().cancel(true);

    Throwable report = flow.future().handle((value, error) -> error).get(10, TimeUnit.SECONDS);
    assertInstanceOf(CancellationException.class, report);
    assertEquals(sent.get(), report.getMessage(), "the cancellation reports what was sent");
  }
}
