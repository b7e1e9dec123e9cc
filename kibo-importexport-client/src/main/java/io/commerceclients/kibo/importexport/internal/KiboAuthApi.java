package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.logging.SecretAnswer;
import io.commerceclients.core.internal.retry.Idempotent;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Calls to Kibo's auth host ({@code home.mozu.com} by default), relative to {@code
 * https://{authHost}/}. Both paths are verified (Kibo's own SDKs call them).
 */
interface KiboAuthApi {

  /** Exchanges client id and shared secret for a bearer token (client credentials). */
  @Idempotent
  @SecretAnswer
  @POST("api/platform/applications/authtickets/oauth")
  Call<OAuthTokenResponse> issueToken(@Body OAuthTokenRequest request);

  /** Looks up the tenant, whose {@code domain} is the tenant host; sent with the bearer token. */
  @GET("api/platform/tenants/{tenantId}")
  Call<TenantInfo> getTenant(@Path("tenantId") long tenantId);
}
