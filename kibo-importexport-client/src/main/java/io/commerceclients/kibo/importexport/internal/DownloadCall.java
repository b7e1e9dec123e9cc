package io.commerceclients.kibo.importexport.internal;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Timeout;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * A {@code @Streaming} download whose body is written out by the call itself: by {@link #execute()}
 * on the calling thread, and by {@link #enqueue} in OkHttp's callback, on the thread of that
 * asynchronous call, so the transfer streams through the thread OkHttp gives the call and no
 * other thread waits on it. The call answers the byte count; an error answer passes through
 * untouched for the transport to map, a transfer cut short is an {@link IOException}, and
 * cancelling the call stops the transfer (the sink then removes its partial file).
 */
final class DownloadCall implements Call<Long> {

  /** Writes a successful answer's body out and closes it; returns the byte count. */
  @FunctionalInterface
  interface Sink {
    long write(ResponseBody body) throws IOException;
  }

  private final Call<ResponseBody> delegate;
  private final Sink sink;

  DownloadCall(Call<ResponseBody> delegate, Sink sink) {
    this.delegate = delegate;
    this.sink = sink;
  }

  @Override
  public Response<Long> execute() throws IOException {
    return deliver(delegate.execute());
  }

  @Override
  public void enqueue(Callback<Long> callback) {
    delegate.enqueue(new Callback<>() {
      @Override
      public void onResponse(Call<ResponseBody> call, Response<ResponseBody> response) {
        Response<Long> delivered;
        try {
          delivered = deliver(response);
        } catch (IOException | RuntimeException | Error e) {
          callback.onFailure(DownloadCall.this, e);
          return;
        }
        callback.onResponse(DownloadCall.this, delivered);
      }

      @Override
      public void onFailure(Call<ResponseBody> call, Throwable failure) {
        callback.onFailure(DownloadCall.this, failure);
      }
    });
  }

  private Response<Long> deliver(Response<ResponseBody> response) throws IOException {
    if (!response.isSuccessful()) {
      ResponseBody error = response.errorBody();
      return Response.error(error != null ? error : ResponseBody.create(new byte[0], null), response.raw());
    }
    ResponseBody body = response.body();
    long bytes = sink.write(body != null ? body : ResponseBody.create(new byte[0], null));
    return Response.success(bytes, response.raw());
  }

  @Override
  public boolean isExecuted() {
    return delegate.isExecuted();
  }

  @Override
  public void cancel() {
    delegate.cancel();
  }

  @Override
  public boolean isCanceled() {
    return delegate.isCanceled();
  }

  @Override
  public DownloadCall clone() {
    return new DownloadCall(delegate.clone(), sink);
  }

  @Override
  public Request request() {
    return delegate.request();
  }

  @Override
  public Timeout timeout() {
    return delegate.timeout();
  }
}
