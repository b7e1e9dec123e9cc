package io.commerceclients.core.internal.retry;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that recognises a request lost on a reused connection the server closed
 * while it sat idle in the pool (a keep-alive shorter than the pool's): the connection ended
 * before any answer, after carrying an earlier exchange and then sitting idle for at least
 * {@value #MIN_IDLE_MILLIS} ms (a connection that answered a moment ago did not time out: its
 * failure is the server's, and is left to the retry policy). It then evicts the pool's idle
 * connections, which are as old and likely as dead, and throws a {@link StaleConnectionException}
 * for the {@link RetryInterceptor} to send the request once more.
 */
public final class ReusedConnectionGuard implements Interceptor {
  /** How long a connection must have been idle for its failure to count as a closed keep-alive. */
  static final long MIN_IDLE_MILLIS = 500;

  private final Map<Connection, Long> lastAnswered = Collections.synchronizedMap(new WeakHashMap<>());
  private final ConnectionPool pool;

  /** Creates the guard for the connections of {@code pool}. */
  public ReusedConnectionGuard(ConnectionPool pool) {
    this.pool = pool;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    Long answeredAt = connection == null ? null : lastAnswered.get(connection);
    boolean idleReuse = answeredAt != null && System.nanoTime() - answeredAt >= MIN_IDLE_MILLIS * 1_000_000;
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException failure) {
      if (idleReuse && closedByPeer(failure)) {
        pool.evictAll();
        throw new StaleConnectionException(failure);
      }
      throw failure;
    }
    if (connection != null) {
      lastAnswered.put(connection, System.nanoTime());
    }
    return response;
  }

  private static boolean closedByPeer(IOException failure) {
    if (failure instanceof SocketTimeoutException) {
      return false;
    }
    String message = String.valueOf(failure.getMessage());
    return failure instanceof EOFException
        || message.contains("unexpected end of stream")
        || (failure instanceof SocketException
            && (message.contains("reset") || message.contains("Broken pipe") || message.contains("closed")));
  }
}
