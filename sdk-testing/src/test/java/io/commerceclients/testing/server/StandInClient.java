package io.commerceclients.testing.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A client shaped like the SDK's (a static {@code builder()}, {@code sleeper(..)}, {@code
 * polling(..)}, {@code build()}), so that {@link FakeApi}'s reflection is tested here without a
 * client module, which sdk-testing must not depend on.
 */
public interface StandInClient extends AutoCloseable {

  /** Returns a builder. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the builder this client was built from. */
  Builder settings();

  /** Returns true once closed. */
  boolean isClosed();

  @Override
  void close();

  /** Waits between attempts, like core's {@code Sleeper}. */
  @FunctionalInterface
  interface Sleeper {
    /** Waits for {@code duration}. */
    void sleep(Duration duration) throws InterruptedException;
  }

  /** Polling settings, like core's {@code PollingOptions}. */
  final class Polling {
    final Duration interval;
    final double multiplier;
    final Duration timeout;
    final int maxAttempts;

    private Polling(PollingBuilder b) {
      this.interval = b.interval;
      this.multiplier = b.multiplier;
      this.timeout = b.timeout;
      this.maxAttempts = b.maxAttempts;
    }

    /** Starts a builder. */
    public static PollingBuilder builder() {
      return new PollingBuilder();
    }
  }

  /** Builds {@link Polling}. */
  final class PollingBuilder {
    private Duration interval = Duration.ofSeconds(2);
    private double multiplier = 1.5;
    private Duration timeout = Duration.ofMinutes(30);
    private int maxAttempts = Integer.MAX_VALUE;

    /** Sets the interval. */
    public PollingBuilder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    /** Sets the multiplier. */
    public PollingBuilder multiplier(double multiplier) {
      this.multiplier = multiplier;
      return this;
    }

    /** Sets the timeout. */
    public PollingBuilder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /** Sets the most polls. */
    public PollingBuilder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /** Builds the settings. */
    public Polling build() {
      return new Polling(this);
    }
  }

  /** Builds a {@link StandInClient}; records what it was told. */
  final class Builder {
    final List<String> calls = new ArrayList<>();
    String baseUrl;
    long tenantId;
    Sleeper sleeper;
    Polling polling;
    int maxRetries = 3;

    /** Sets the base URL. */
    public Builder baseUrl(String baseUrl) {
      calls.add("baseUrl");
      this.baseUrl = baseUrl;
      return this;
    }

    /** Sets the tenant, a primitive like Kibo's. */
    public Builder tenantId(long tenantId) {
      calls.add("tenantId");
      this.tenantId = tenantId;
      return this;
    }

    /** Sets the sleeper. */
    public Builder sleeper(Sleeper sleeper) {
      calls.add("sleeper");
      this.sleeper = sleeper;
      return this;
    }

    /** Sets the polling. */
    public Builder polling(Polling polling) {
      calls.add("polling");
      this.polling = polling;
      return this;
    }

    /** Sets the retries. */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /** Builds the client; a negative maxRetries is refused, as a real builder refuses bad settings. */
    public StandInClient build() {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries: must be >= 0");
      }
      Builder settings = this;
      return new StandInClient() {
        private boolean closed;

        @Override
        public Builder settings() {
          return settings;
        }

        @Override
        public boolean isClosed() {
          return closed;
        }

        @Override
        public void close() {
          closed = true;
        }
      };
    }
  }
}
