package io.commerceclients.core.internal.retry;

import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import okhttp3.Connection;
import okhttp3.ConnectionPool;
import okhttp3.Interceptor;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * A network interceptor that recognises a reused connection the server closed while it sat idle in
 * the pool (a keep-alive shorter than the pool's), a connection that carried an earlier exchange and
 * then sat idle for at least {@value #MIN_IDLE_MILLIS} ms (a connection that answered a moment ago
 * did not time out: its failure is the server's, and is left to the retry policy):
 *
 * <ul>
 *   <li>before a request that is not idempotent is sent on it, it checks (HTTP/1 only) whether the
 *       server has closed it: reading it for one millisecond finds its end. Nothing was sent then,
 *       so the request can go again on a fresh connection whatever its method;
 *   <li>when a request sent on it failed before any answer, the failure is the closed keep-alive,
 *       or a server that handled the request and dropped the connection: only an idempotent request
 *       may go again.
 * </ul>
 *
 * <p>Either way it evicts the pool's idle connections, which are as old and likely as dead, and
 * throws a {@link StaleConnectionException} for the {@link RetryInterceptor} to decide.
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
    if (idleReuse && !RetryDecision.isIdempotent(chain.request()) && closedWhileIdle(connection)) {
      pool.evictAll();
      throw new StaleConnectionException(new IOException("the pooled connection was closed by the server"
          + " while it sat idle; nothing was sent on it"), true);
    }
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException failure) {
      if (idleReuse && closedByPeer(failure)) {
        pool.evictAll();
        throw new StaleConnectionException(failure, false);
      }
      throw failure;
    }
    if (connection != null) {
      lastAnswered.put(connection, System.nanoTime());
    }
    return response;
  }

  /**
   * Returns true if the server has closed an HTTP/1 connection (its end, or bytes no request asked
   * for, are there to read); a read that times out after a millisecond finds it open. An HTTP/2
   * connection is shared by other calls' streams and is never read here.
   */
  private static boolean closedWhileIdle(Connection connection) {
    if (connection.protocol() != Protocol.HTTP_1_1 && connection.protocol() != Protocol.HTTP_1_0) {
      return false;
    }
    Socket socket = connection.socket();
    int timeout;
    try {
      timeout = socket.getSoTimeout();
    } catch (IOException unusable) {
      return true;
    }
    try {
      socket.setSoTimeout(1);
      socket.getInputStream().read();
      return true;
    } catch (SocketTimeoutException open) {
      return false;
    } catch (IOException closed) {
      return true;
    } finally {
      try {
        socket.setSoTimeout(timeout);
      } catch (IOException ignored) {
        // a socket that cannot take its timeout back fails the exchange on its own
      }
    }
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
