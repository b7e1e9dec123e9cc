package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Connection;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.AsyncTimeout;
import okio.BufferedSink;
import org.jspecify.annotations.Nullable;

/**
 * The most time an answer's status line and headers may take to arrive once the request has been
 * written ({@code responseHeadersTimeout}). A network interceptor, the innermost: an HTTP/1 server
 * that sends its headers a byte now and then never lets the read timeout fire, so when the time has
 * passed this closes the connection's socket, and the attempt fails with a {@link
 * SocketTimeoutException} naming the option (retried as a read timeout is). HTTP/2 needs nothing:
 * OkHttp waits for a stream's whole headers under the read timeout.
 */
final class HeadersDeadline implements Interceptor {
  private final long timeoutNanos;

  /** Creates the rule for {@code timeout}; zero means none. */
  HeadersDeadline(Duration timeout) {
    this.timeoutNanos = timeout.getSeconds() > Integer.MAX_VALUE ? 0 : timeout.toNanos();
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    if (timeoutNanos == 0 || connection == null || connection.protocol() == Protocol.HTTP_2
        || connection.protocol() == Protocol.H2_PRIOR_KNOWLEDGE) {
      return chain.proceed(chain.request());
    }
    SocketCloser closer = new SocketCloser(connection.socket());
    closer.timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    Request request = chain.request();
    RequestBody body = request.body();
    if (body == null) {
      closer.start();
    } else {
      request = request.newBuilder().method(request.method(), new StartsClockWhenWritten(body, closer)).build();
    }
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException failure) {
      throw closer.exit() ? timedOut(failure) : failure;
    } catch (RuntimeException | Error failure) {
      closer.exit();
      throw failure;
    }
    if (closer.exit()) {
      response.close();
      throw timedOut(null);
    }
    return response;
  }

  private SocketTimeoutException timedOut(@Nullable IOException cause) {
    SocketTimeoutException timedOut = new SocketTimeoutException("the answer's status line and headers did not arrive"
        + " within " + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms of the request (responseHeadersTimeout)");
    if (cause != null) {
      timedOut.initCause(cause);
    }
    return timedOut;
  }

  /** A node in Okio's timeout queue that closes the socket when it fires. */
  private static final class SocketCloser extends AsyncTimeout {
    private final Socket socket;
    private boolean started;

    SocketCloser(Socket socket) {
      this.socket = socket;
    }

    /** Starts the clock, once. */
    synchronized void start() {
      if (!started) {
        started = true;
        enter();
      }
    }

    @Override
    protected void timedOut() {
      try {
        socket.close();
      } catch (IOException | RuntimeException ignored) {
        // the blocked read fails either way, or the answer has come meanwhile
      }
    }
  }

  /** The request's body, unchanged, that starts the clock once it has been written whole. */
  private static final class StartsClockWhenWritten extends RequestBody {
    private final RequestBody body;
    private final SocketCloser closer;

    StartsClockWhenWritten(RequestBody body, SocketCloser closer) {
      this.body = body;
      this.closer = closer;
    }

    @Override
    public @Nullable MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public boolean isOneShot() {
      return body.isOneShot();
    }

    @Override
    public boolean isDuplex() {
      return body.isDuplex();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
      closer.start();
    }
  }
}
