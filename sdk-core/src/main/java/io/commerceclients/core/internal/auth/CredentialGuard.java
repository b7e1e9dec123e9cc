package io.commerceclients.core.internal.auth;

import java.io.IOException;
import java.util.Set;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A network interceptor that strips credential headers from any request leaving for a host
 * outside the {@link HostScope}, such as the target of a cross-host redirect.
 */
public final class CredentialGuard implements Interceptor {
  private final HostScope scope;
  private final Set<String> credentialHeaders;

  /** Creates the guard for the given header names. */
  public CredentialGuard(HostScope scope, Set<String> credentialHeaders) {
    this.scope = scope;
    this.credentialHeaders = Set.copyOf(credentialHeaders);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (scope.contains(request.url())) {
      return chain.proceed(request);
    }
    Request.Builder stripped = request.newBuilder();
    for (String header : credentialHeaders) {
      stripped.removeHeader(header);
    }
    return chain.proceed(stripped.build());
  }
}
