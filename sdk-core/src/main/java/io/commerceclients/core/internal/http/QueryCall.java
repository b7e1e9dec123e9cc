package io.commerceclients.core.internal.http;

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
 * (as Retrofit's are), and sent by the transport's client; it behaves as Retrofit's own calls do.
 */
final class QueryCall<T> implements Call<T> {

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
  private boolean executed;
  private volatile boolean canceled;

  QueryCall(QueryOperation<T> operation, Object instance, Object[] args, Starter starter) {
    this.operation = operation;
    this.instance = instance;
    this.args = args;
    this.starter = starter;
  }

  private synchronized okhttp3.Call raw() throws IOException {
    if (raw == null) {
      HttpUrl url = operation.url(args);
      raw = starter.newCall(url, operation.request(instance, args, url));
      if (canceled) {
        raw.cancel();
      }
    }
    return raw;
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
    okhttp3.Call call;
    synchronized (this) {
      if (executed) {
        throw new IllegalStateException("Already executed.");
      }
      executed = true;
      try {
        call = raw();
      } catch (IOException | RuntimeException e) {
        callback.onFailure(this, e);
        return;
      }
    }
    call.enqueue(new okhttp3.Callback() {
      @Override
      public void onResponse(okhttp3.Call c, okhttp3.Response raw) {
        Response<T> answer;
        try {
          answer = operation.answer(raw);
        } catch (IOException | RuntimeException e) {
          callback.onFailure(QueryCall.this, e);
          return;
        }
        callback.onResponse(QueryCall.this, answer);
      }

      @Override
      public void onFailure(okhttp3.Call c, IOException failure) {
        callback.onFailure(QueryCall.this, failure);
      }
    });
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
