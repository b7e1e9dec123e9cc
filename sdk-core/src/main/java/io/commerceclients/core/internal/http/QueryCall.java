package io.commerceclients.core.internal.http;

import io.commerceclients.core.internal.logging.LazyLogger;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A call of a {@link QueryOperation}: its request is built on first use, in the transport's scope
 * (as Retrofit's are), and sent by the transport's client. It behaves as Retrofit's own calls do: it
 * runs once (a clone runs again), and a failure to build its request is kept and thrown again. An
 * asynchronous call reports every failure of its answer to its callback, a fatal {@link Error} as a
 * {@link FatalDecodingError} (Retrofit would rethrow it on OkHttp's thread, and the call would never end).
 */
final class QueryCall<T> implements Call<T> {
  private static final LazyLogger LOG = LazyLogger.named("io.commerceclients.http");

  /** Makes the OkHttp call of a request the operation began: tags, headers and credentials added. */
  @FunctionalInterface
  interface Starter {
    okhttp3.Call newCall(HttpUrl url, Request.Builder request);
  }

  private final QueryOperation<T> operation;
  private final Object instance;
  private final Object[] args;
  private final Starter starter;
  private okhttp3.@Nullable Call raw;
  private @Nullable Throwable creationFailure;
  private boolean executed;
  private volatile boolean canceled;

  QueryCall(QueryOperation<T> operation, Object instance, Object[] args, Starter starter) {
    this.operation = operation;
    this.instance = instance;
    this.args = args;
    this.starter = starter;
  }

  private synchronized okhttp3.Call raw() throws IOException {
    if (raw != null) {
      return raw;
    }
    if (creationFailure != null) {
      throw rethrown(creationFailure);
    }
    try {
      HttpUrl url = operation.url(args);
      raw = starter.newCall(url, operation.request(instance, args, url));
    } catch (IOException | RuntimeException | Error e) {
      creationFailure = e;
      throw e;
    }
    if (canceled) {
      raw.cancel();
    }
    return raw;
  }

  private static IOException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    return (IOException) failure;
  }

  @Override
  public Response<T> execute() throws IOException {
    okhttp3.Call call;
    synchronized (this) {
      if (executed) {
        throw new IllegalStateException("Already executed.");
      }
      executed = true;
      call = raw();
    }
    return operation.answer(call.execute());
  }

  @Override
  public void enqueue(Callback<T> callback) {
    okhttp3.Call call = null;
    Throwable failure = null;
    synchronized (this) {
      if (executed) {
        throw new IllegalStateException("Already executed.");
      }
      executed = true;
      try {
        call = raw();
      } catch (Throwable t) {
        throwIfFatal(t);
        failure = t;
      }
    }
    if (failure != null) {
      fail(callback, failure);
      return;
    }
    call.enqueue(new okhttp3.Callback() {
      @Override
      public void onResponse(okhttp3.Call c, okhttp3.Response raw) {
        Response<T> answer;
        try {
          answer = operation.answer(raw);
        } catch (VirtualMachineError | LinkageError fatal) {
          fail(callback, new FatalDecodingError(fatal));
          return;
        } catch (Throwable t) {
          fail(callback, t);
          return;
        }
        try {
          callback.onResponse(QueryCall.this, answer);
        } catch (Throwable t) {
          throwIfFatal(t);
          LOG.get().warn("a call's answer handler failed", t);
        }
      }

      @Override
      public void onFailure(okhttp3.Call c, IOException failure) {
        fail(callback, failure);
      }
    });
  }

  private void fail(Callback<T> callback, Throwable failure) {
    try {
      callback.onFailure(this, failure);
    } catch (Throwable t) {
      throwIfFatal(t);
      LOG.get().warn("a call's failure handler failed", t);
    }
  }

  /** Rethrows what no caller should handle (as Retrofit does): the JVM's own failures. */
  private static void throwIfFatal(Throwable t) {
    if (t instanceof VirtualMachineError || t instanceof LinkageError || t instanceof ThreadDeath) {
      throw (Error) t;
    }
  }

  @Override
  public synchronized boolean isExecuted() {
    return executed;
  }

  @Override
  public void cancel() {
    canceled = true;
    okhttp3.Call call;
    synchronized (this) {
      call = raw;
    }
    if (call != null) {
      call.cancel();
    }
  }

  @Override
  public boolean isCanceled() {
    if (canceled) {
      return true;
    }
    synchronized (this) {
      return raw != null && raw.isCanceled();
    }
  }

  @Override
  public Call<T> clone() {
    return new QueryCall<>(operation, instance, args, starter);
  }

  @Override
  public Request request() {
    try {
      return raw().request();
    } catch (IOException e) {
      throw new RuntimeException("Unable to create request.", e);
    }
  }

  @Override
  public Timeout timeout() {
    try {
      return raw().timeout();
    } catch (IOException e) {
      throw new RuntimeException("Unable to create call.", e);
    }
  }
}
