package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.http.AsyncWorkflow;
import io.commerceclients.core.polling.PollingOptions;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

/**
 * Runs {@link KiboOp operations} for the client or one of its views ({@code withOptions}): blocking
 * on the calling thread, or asynchronously without blocking a thread. A view shares the client's
 * {@link KiboContext} (connections, threads, token cache, tenant host, Retrofit APIs) and applies
 * its per-call options through transport views, which cost two small objects each.
 *
 * <p>An asynchronous operation first gets the tenant host with a future, then sends the call; the
 * transport waits for a token without blocking before each attempt and replays the call once after
 * a 401, as the blocking path's interceptor does.
 */
final class KiboCalls {
  private final KiboContext context;
  private final RequestOptions options;
  private final ApiTransport authView;
  private volatile ApiTransport tenantView;

  private KiboCalls(KiboContext context, RequestOptions options) {
    this.context = context;
    this.options = options;
    this.authView = options.isEmpty() ? context.authTransport() : context.authTransport().withOptions(options);
  }

  /** The calls of the client itself (no per-call options). */
  static KiboCalls of(KiboContext context) {
    return new KiboCalls(context, RequestOptions.none());
  }

  /**
   * Returns the calls of a view whose options are {@code more} laid over this one's.
   *
   * @throws io.commerceclients.core.validation.ValidationException if an option would replace a
   *     header the client sets itself
   */
  KiboCalls withOptions(RequestOptions more) {
    context.checkOptions(more);
    return new KiboCalls(context, options.merge(more));
  }

  /** Returns the shared plumbing. */
  KiboContext context() {
    return context;
  }

  /**
   * Runs {@code op} on this thread and returns its result.
   *
   * @throws ApiException the typed failure of the call (or of the token fetch or tenant lookup first)
   */
  <T, R> R run(KiboOp<T, R> op) {
    TenantHost tenant = op.onTenant() ? context.tenant() : null;
    ApiTransport transport = transport(tenant);
    Call<T> call = op.call(tenant);
    return op.read(transport, call, transport.execute(call));
  }

  /**
   * Runs {@code op} without blocking a thread; the future fails with the exceptions {@link #run}
   * throws, and cancelling it cancels the call in flight (or stops waiting for the token).
   */
  <T, R> CompletableFuture<R> runAsync(KiboOp<T, R> op) {
    AsyncWorkflow<R> flow = new AsyncWorkflow<>();
    CompletableFuture<TenantHost> ready = op.onTenant() ? flow.step(context::tenantAsync)
        : CompletableFuture.completedFuture(null);
    ready.whenComplete((tenant, error) -> {
      if (error != null) {
        flow.fail(error);
        return;
      }
      Call<T> call;
      try {
        call = op.call(tenant);
      } catch (Throwable e) {
        flow.fail(e);
        return;
      }
      send(flow, op, tenant, call);
    });
    return flow.future();
  }

  private <T, R> void send(AsyncWorkflow<R> flow, KiboOp<T, R> op, TenantHost tenant, Call<T> call) {
    ApiTransport transport = transport(tenant);
    flow.step(() -> transport.executeAsync(call)).whenComplete((body, error) -> {
      if (error != null) {
        flow.fail(Async.unwrap(error));
        return;
      }
      try {
        flow.complete(op.read(transport, call, body));
      } catch (Throwable e) {
        flow.fail(e);
      }
    });
  }

  /** The transport for an operation: the tenant host's (null: the auth host's), with this view's options. */
  private ApiTransport transport(TenantHost tenant) {
    if (tenant == null) {
      return authView;
    }
    if (options.isEmpty()) {
      return tenant.transport();
    }
    ApiTransport view = tenantView;
    if (view == null) {
      view = tenant.transport().withOptions(options);
      tenantView = view;
    }
    return view;
  }

  /** Returns the client's polling options. */
  PollingOptions polling() {
    return context.polling();
  }
}
