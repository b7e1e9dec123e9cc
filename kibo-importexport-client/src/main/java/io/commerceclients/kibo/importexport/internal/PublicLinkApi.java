package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.logging.CapabilityUrl;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/**
 * Downloads from a pre-signed public link; bound to the auth host's transport, which has no
 * authenticator, so the request carries no Kibo credential (and any credential header is stripped
 * on its way to another host). The link's token is masked in messages and logs.
 */
interface PublicLinkApi {

  /** Streams the content behind {@code url}. */
  @CapabilityUrl
  @Streaming
  @GET
  Call<ResponseBody> download(@Url HttpUrl url);
}
