package io.commerceclients.kiliba.reliability;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.Okio;
import okio.Source;
import okio.Timeout;

/**
 * An application interceptor that lets the server answer the {@code n}-th import request, then hands
 * the client an answer body that throws when read: the client fails while handling an answer the
 * server sent (and applied). With {@link #interruptingOnAnswer}, it instead interrupts the thread that
 * sent the request and fails it as an interrupted I/O would.
 */
final class AnswerSabotage implements Interceptor {

  private final int target;
  private final Supplier<Throwable> failure;
  private final boolean interrupt;
  private final AtomicInteger answers = new AtomicInteger();

  private AnswerSabotage(int target, Supplier<Throwable> failure, boolean interrupt) {
    this.target = target;
    this.failure = failure;
    this.interrupt = interrupt;
  }

  /** Makes reading the {@code n}-th import answer (counted from 1, in arrival order) throw what {@code failure} gives. */
  static AnswerSabotage onAnswer(int n, Supplier<Throwable> failure) {
    return new AnswerSabotage(n, failure, false);
  }

  /** Makes the {@code n}-th import request end as an interrupted I/O, with the sending thread interrupted. */
  static AnswerSabotage interruptingOnAnswer(int n) {
    return new AnswerSabotage(n, null, true);
  }

  /** Returns an OkHttp client carrying this interceptor, to pass to the Kiliba client builder. */
  OkHttpClient client() {
    return new OkHttpClient.Builder().addInterceptor(this).build();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    if (!chain.request().url().encodedPath().contains("/import/") || answers.incrementAndGet() != target) {
      return response;
    }
    MediaType type;
    try (ResponseBody body = response.body()) {
      type = body.contentType();
      body.bytes();
    }
    if (interrupt) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("injected interrupt");
    }
    Throwable thrown = failure.get();
    return response.newBuilder().body(new ThrowingBody(type, thrown)).build();
  }

  /** A body whose first read throws. */
  private static final class ThrowingBody extends ResponseBody {
    private final MediaType type;
    private final BufferedSource source;

    ThrowingBody(MediaType type, Throwable thrown) {
      this.type = type;
      this.source = Okio.buffer(new Source() {
        @Override
        public long read(Buffer sink, long byteCount) {
          if (thrown instanceof Error e) {
            throw e;
          }
          throw (RuntimeException) thrown;
        }

        @Override
        public Timeout timeout() {
          return Timeout.NONE;
        }

        @Override
        public void close() {}
      });
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return -1;
    }

    @Override
    public BufferedSource source() {
      return source;
    }
  }
}
