package io.commerceclients.core.support;

import io.commerceclients.testing.server.Fault;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * One cell of a fault matrix: a fault played {@code times} times on the operation's request, and
 * what must follow: success ({@code outcome == null}) or the exception type, after {@code requests}
 * requests to the faulted endpoint.
 */
public record FaultCase(String fault, Fault injected, int times, Class<? extends RuntimeException> outcome, int requests) {

  /**
   * The client's read timeout in every matrix: also the bound on every answer that is not delayed,
   * so it leaves room for a loaded machine (a cold fake took 0.6 s for a page of 1,000 there).
   */
  public static final Duration READ_TIMEOUT = Duration.ofSeconds(1);
  /** A delay well above the read timeout: the client gives up before the answer, even if its timeout fires late. */
  public static final Fault TIMEOUT = Fault.delay(Duration.ofMillis(2_500));
  public static final Fault RATE_LIMITED_RETRY_AFTER = Fault.rateLimited(1);
  public static final Fault RATE_LIMITED = Fault.status(429);
  public static final Fault S500 = Fault.status(500);
  public static final Fault S503 = Fault.status(503);
  public static final Fault RESET = Fault.connectionReset();
  public static final Fault TRUNCATED = Fault.truncatedBody();
  public static final Fault MALFORMED = Fault.malformedJson();
  /** Marks a cell that succeeds. */
  public static final Class<? extends RuntimeException> SUCCEEDS = null;

  public static FaultCase cell(String fault, Fault injected, int times, Class<? extends RuntimeException> outcome, int requests) {
    return new FaultCase(fault, injected, times, outcome, requests);
  }

  /**
   * Returns the request count once it has settled: a delayed request is recorded by the fake only when
   * its late answer is written, after the client gave up on it.
   */
  public int settledCount(IntSupplier count) {
    if (injected == TIMEOUT) {
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (count.getAsInt() < requests && System.nanoTime() < deadline) {
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    return count.getAsInt();
  }

  @Override
  public String toString() {
    return fault + " x" + times + " -> " + (outcome == null ? "succeeds" : outcome.getSimpleName()) + " after "
        + requests + " requests";
  }
}
