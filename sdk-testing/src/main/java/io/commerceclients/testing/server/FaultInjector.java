package io.commerceclients.testing.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The faults a fake will play: the next N matching requests fail in a given way, or matching
 * requests fail at random with a seeded generator (for reproducible chaos tests).
 */
public final class FaultInjector {
  private final List<Rule> rules = new ArrayList<>();
  private final List<String> played = new ArrayList<>();
  private final FakeHttpServer server;

  FaultInjector(FakeHttpServer server) {
    this.server = server;
  }

  /**
   * Makes the next {@code times} requests of any kind fail with {@code fault}.
   *
   * @throws IllegalArgumentException if {@code times} is less than 1
   * @throws NullPointerException if {@code fault} is null
   */
  public synchronized FaultInjector failNext(int times, Fault fault) {
    return failNext(times, RequestMatcher.any(), fault);
  }

  /**
   * Makes the next {@code times} requests matching {@code matcher} fail with {@code fault}.
   *
   * @throws IllegalArgumentException if {@code times} is less than 1, or {@code matcher} is a {@link
   *     RequestMatcher#of} that fits none of the fake's routes (the message lists them)
   * @throws NullPointerException if {@code matcher} or {@code fault} is null
   */
  public synchronized FaultInjector failNext(int times, RequestMatcher matcher, Fault fault) {
    Objects.requireNonNull(matcher, "matcher");
    Objects.requireNonNull(fault, "fault");
    if (times < 1) {
      throw new IllegalArgumentException("times must be >= 1, got " + times);
    }
    server.checkServed(matcher);
    rules.add(new Rule(matcher, fault, times, 0, null));
    return this;
  }

  /**
   * Makes each matching request fail with probability {@code probability}, choosing among {@code
   * faults} with a generator seeded with {@code seed}, until {@link #clear()}.
   *
   * @throws IllegalArgumentException if {@code probability} is not in [0, 1], no fault is given, or
   *     {@code matcher} is a {@link RequestMatcher#of} that fits none of the fake's routes
   * @throws NullPointerException if {@code matcher} or a fault is null
   */
  public synchronized FaultInjector failRandomly(double probability, long seed, RequestMatcher matcher, Fault... faults) {
    Objects.requireNonNull(matcher, "matcher");
    if (!(probability >= 0 && probability <= 1) || faults.length == 0) {
      throw new IllegalArgumentException("probability must be in [0, 1] and at least one fault given");
    }
    for (Fault fault : faults) {
      Objects.requireNonNull(fault, "faults");
    }
    server.checkServed(matcher);
    rules.add(new Rule(matcher, null, Integer.MAX_VALUE, probability, new RandomFaults(new Random(seed), List.of(faults))));
    return this;
  }

  /** Removes every pending fault and forgets those played. */
  public synchronized void clear() {
    rules.clear();
    played.clear();
  }

  /** Returns how many faults were played so far, as descriptions such as {@code "GET /x: status 503"}. */
  public synchronized List<String> played() {
    return List.copyOf(played);
  }

  synchronized @Nullable Fault take(String method, String path) {
    Iterator<Rule> it = rules.iterator();
    while (it.hasNext()) {
      Rule rule = it.next();
      if (!rule.matcher.matches(method, path)) {
        continue;
      }
      Fault fault;
      if (rule.random != null) {
        if (rule.random.random.nextDouble() >= rule.probability) {
          continue;
        }
        fault = rule.random.faults.get(rule.random.random.nextInt(rule.random.faults.size()));
      } else {
        fault = rule.fault;
        if (--rule.remaining == 0) {
          it.remove();
        }
      }
      played.add(method + " " + path + ": " + fault);
      return fault;
    }
    return null;
  }

  private static final class Rule {
    final RequestMatcher matcher;
    final @Nullable Fault fault;
    int remaining;
    final double probability;
    final @Nullable RandomFaults random;

    Rule(RequestMatcher matcher, @Nullable Fault fault, int remaining, double probability, @Nullable RandomFaults random) {
      this.matcher = matcher;
      this.fault = fault;
      this.remaining = remaining;
      this.probability = probability;
      this.random = random;
    }
  }

  private static final class RandomFaults {
    final Random random;
    final List<Fault> faults;

    RandomFaults(Random random, List<Fault> faults) {
      this.random = random;
      this.faults = faults;
    }
  }
}
