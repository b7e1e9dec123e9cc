package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A request built by hand (a PUT to a pre-signed storage URL) as a Retrofit {@link Call}, so that
 * {@link ApiTransport#sendAsync} runs it as {@code executeAsync} runs any call: an OkHttp
 * asynchronous call per attempt, retries scheduled, the deadline, the cancellation and the typed
 * exceptions. Each attempt carries the {@link CallSettings} the transport has in scope while it
 * starts the attempt. The answer's body is closed: success returns nothing, and an error body was
 * already read by the retry interceptor.
 */
final class RawAsyncCall implements Call<Void> {

  private final OkHttpClient storage;
  private final Request request;
  private final Timeout timeout = new Timeout();
  private volatile okhttp3.Call attempt;
  private volatile boolean canceled;
  private boolean executed;

  RawAsyncCall(OkHttpClient storage, Request request) {
    this.storage = storage;
    this.request = request;
  }

  @Override
  public void enqueue(Callback<Void> callback) {
    synchronized (this) {
      if (executed) {
        throw new IllegalStateException("the request was already started");
      }
      executed = true;
    }
    CallSettings settings = ApiTransport.settingsInScope();
    if (settings == null || !settings.singleAttempt()) {
      throw new IllegalStateException("a hand-built request must be started by ApiTransport.sendAsync");
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
          callback.onResponse(RawAsyncCall.this, Response.success((Void) null, response));
        } else {
          ResponseBody body = response.body() != null ? response.body() : ResponseBody.create(new byte[0], null);
          callback.onResponse(RawAsyncCall.this, Response.error(body, response));
        }
      }

      @Override
      public void onFailure(okhttp3.Call c, IOException failure) {
        callback.onFailure(RawAsyncCall.this, failure);
      }
    });
  }

  @Override
  public Response<Void> execute() {
    throw new UnsupportedOperationException("asynchronous only; use ApiTransport.executeRaw");
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
    return new RawAsyncCall(storage, request);
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
