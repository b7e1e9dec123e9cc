package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import java.io.IOException;
import java.util.function.Supplier;
import retrofit2.Call;

/**
 * One Kibo operation, written once for the blocking and the asynchronous services: the Retrofit
 * call to make (built once the tenant host is known) and how its decoded answer is read. The
 * arguments are validated before an operation is built; {@link KiboCalls} runs it either way.
 *
 * @param <T> the decoded body type
 * @param <R> the result type
 */
final class KiboOp<T, R> {

  /** Builds the call on the tenant host's APIs. */
  @FunctionalInterface
  interface CallMaker<T> {
    Call<T> make(TenantHost tenant);
  }

  /** Reads the decoded answer; an {@link IOException} becomes the transport's typed failure. */
  @FunctionalInterface
  interface Answer<T, R> {
    R read(T body) throws IOException;
  }

  private final boolean onTenant;
  private final CallMaker<T> call;
  private final Answer<T, R> answer;

  private KiboOp(boolean onTenant, CallMaker<T> call, Answer<T, R> answer) {
    this.onTenant = onTenant;
    this.call = call;
    this.answer = answer;
  }

  /** An operation on the tenant host (bearer token, {@code x-vol-*} headers) returning its answer as is. */
  static <T> KiboOp<T, T> onTenant(CallMaker<T> call) {
    return new KiboOp<>(true, call, body -> body);
  }

  /** An operation on the tenant host whose answer {@code answer} reads. */
  static <T, R> KiboOp<T, R> onTenant(CallMaker<T> call, Answer<T, R> answer) {
    return new KiboOp<>(true, call, answer);
  }

  /**
   * An operation on the auth host's transport, which never sends a credential (a pre-signed public
   * link): it needs neither the tenant host nor a token.
   */
  static <T, R> KiboOp<T, R> credentialFree(Supplier<Call<T>> call, Answer<T, R> answer) {
    return new KiboOp<>(false, tenant -> call.get(), answer);
  }

  /** Returns true if the operation goes to the tenant host with the bearer token. */
  boolean onTenant() {
    return onTenant;
  }

  /** Builds the call; {@code tenant} is null for a credential-free operation. */
  Call<T> call(TenantHost tenant) {
    return call.make(tenant);
  }

  /** Reads the answer {@code transport} decoded for {@code sent}. */
  R read(ApiTransport transport, Call<T> sent, T body) {
    try {
      return answer.read(body);
    } catch (IOException e) {
      throw transport.transportFailure(sent.request(), e);
    }
  }
}
