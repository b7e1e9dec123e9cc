package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.CallSettings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A PUT to a pre-signed storage URL, on the transport's storage client (which never sends a
 * credential), as a Retrofit {@link Call}, so that {@code ApiTransport.executeAsync} runs it like
 * any other call: an OkHttp asynchronous call per attempt, retries scheduled, the deadline, the
 * cancellation and the typed exceptions. Core runs such a PUT only blocking ({@code
 * ApiTransport.executeRaw}); this is its asynchronous twin until core has one.
 *
 * <p>Each attempt carries the {@link CallSettings} the transport has in scope while it starts the
 * attempt (the view's retry policy, and "single attempt", so that the retry interceptor leaves the
 * retries to the asynchronous driver); {@code settingsInScope} reads them from a request the
 * transport's Retrofit builds at that moment, which is never sent. The answer's body is closed:
 * a successful PUT returns nothing, an error body was already read by the retry interceptor.
 */
final class StoragePutCall implements Call<Void> {

  private final OkHttpClient storage;
  private final Request request;
  private final Supplier<CallSettings> settingsInScope;
  private final Timeout timeout = new Timeout();
  private volatile okhttp3.Call attempt;
  private volatile boolean canceled;
  private boolean executed;

  StoragePutCall(OkHttpClient storage, Request request, Supplier<CallSettings> settingsInScope) {
    this.storage = storage;
    this.request = request;
    this.settingsInScope = settingsInScope;
  }

  @Override
  public void enqueue(Callback<Void> callback) {
    synchronized (this) {
      if (executed) {
        throw new IllegalStateException("the storage PUT was already started");
      }
      executed = true;
    }
    CallSettings settings = settingsInScope.get();
    if (settings == null || !settings.singleAttempt()) {
      throw new IllegalStateException("a storage PUT must be started by ApiTransport.executeAsync");
    }
    okhttp3.Call call = storage.newCall(request.newBuilder().tag(CallSettings.class, settings).build());
    if (timeout.timeoutNanos() > 0) {
      call.timeout().timeout(timeout.timeoutNanos(), TimeUnit.NANOSECONDS);
    }
    attempt = call;
    if (canceled) {
      call.cancel();
    }
    call.enqueue(new okhttp3.Callback() {
      @Override
      public void onResponse(okhttp3.Call c, okhttp3.Response response) {
        if (response.isSuccessful()) {
          response.close();
          callback.onResponse(StoragePutCall.this, Response.success((Void) null, response));
        } else {
          ResponseBody body = response.body() != null ? response.body() : ResponseBody.create(new byte[0], null);
          callback.onResponse(StoragePutCall.this, Response.error(body, response));
        }
      }

      @Override
      public void onFailure(okhttp3.Call c, IOException failure) {
        callback.onFailure(StoragePutCall.this, failure);
      }
    });
  }

  @Override
  public Response<Void> execute() {
    throw new UnsupportedOperationException("a storage PUT call is asynchronous only; use ApiTransport.executeRaw");
  }

  @Override
  public synchronized boolean isExecuted() {
    return executed;
  }

  @Override
  public void cancel() {
    canceled = true;
    okhttp3.Call call = attempt;
    if (call != null) {
      call.cancel();
    }
  }

  @Override
  public boolean isCanceled() {
    okhttp3.Call call = attempt;
    return canceled || (call != null && call.isCanceled());
  }

  @Override
  public Call<Void> clone() {
    return new StoragePutCall(storage, request, settingsInScope);
  }

  @Override
  public Request request() {
    return request;
  }

  @Override
  public Timeout timeout() {
    return timeout;
  }
}
