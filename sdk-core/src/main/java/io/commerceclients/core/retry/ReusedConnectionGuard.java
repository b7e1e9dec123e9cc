package io.commerceclients.core.retry;

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
 * while it sat idle in the pool (a keep-alive shorter than the pool's): the failure came before
 * any answer, on a connection that had already carried an exchange. It then evicts the pool's
 * idle connections, which are as old and likely as dead, and throws a {@link
 * StaleConnectionException} for the {@link RetryInterceptor} to resend the request.
 */
public final class ReusedConnectionGuard implements Interceptor {
  private final Map<Connection, Boolean> used = Collections.synchronizedMap(new WeakHashMap<>());
  private final ConnectionPool pool;

  /** Creates the guard for the connections of {@code pool}. */
  public ReusedConnectionGuard(ConnectionPool pool) {
    this.pool = pool;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Connection connection = chain.connection();
    boolean reused = connection != null && used.containsKey(connection);
    Response response;
    try {
      response = chain.proceed(chain.request());
    } catch (IOException failure) {
      if (reused && closedByPeer(failure)) {
        pool.evictAll();
        throw new StaleConnectionException(failure);
      }
      throw failure;
    }
    if (connection != null) {
      used.put(connection, Boolean.TRUE);
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
