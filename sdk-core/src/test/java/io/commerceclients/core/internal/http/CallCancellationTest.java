package io.commerceclients.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which signals a call made inside {@link CallCancellation#within} answers to. */
class CallCancellationTest {

  /** A signal fired by hand; it runs each action it still holds once. */
  private static final class Switch implements CallCancellation.Signal {
    private final List<Runnable> actions = new ArrayList<>();

    @Override
    public Runnable whenCancelled(Runnable action) {
      actions.add(action);
      return () -> actions.remove(action);
    }

    void fire() {
      new ArrayList<>(actions).forEach(Runnable::run);
      actions.clear();
    }
  }

  @Test
  void outsideAnyScopeACallIsTiedToNothing() {
    AtomicInteger cancelled = new AtomicInteger();
    CallCancellation.register(cancelled::incrementAndGet).run();
    assertEquals(0, cancelled.get());
  }

  @Test
  void aNestedCallAnswersToTheOuterAndTheInnerSignal() {
    Switch outer = new Switch();
    Switch inner = new Switch();
    AtomicInteger cancelled = new AtomicInteger();
    CallCancellation.within(outer, () -> CallCancellation.within(inner, () -> CallCancellation.register(cancelled::incrementAndGet)));
    outer.fire();
    inner.fire();
    assertEquals(2, cancelled.get());
  }

  @Test
  void untyingForgetsTheCallAndLeavingTheScopeRestoresTheOuterOne() {
    Switch outer = new Switch();
    Switch inner = new Switch();
    AtomicInteger cancelled = new AtomicInteger();
    CallCancellation.within(outer, () -> {
      CallCancellation.within(inner, () -> CallCancellation.register(cancelled::incrementAndGet)).run();
      return CallCancellation.register(cancelled::incrementAndGet);
    });
    inner.fire();
    assertEquals(0, cancelled.get(), "the untied call and a call after the inner scope ignore the inner signal");
    outer.fire();
    assertEquals(1, cancelled.get());
  }
}
