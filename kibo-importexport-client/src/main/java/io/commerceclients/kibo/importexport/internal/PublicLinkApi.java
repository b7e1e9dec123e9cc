package io.commerceclients.kibo.importexport.internal;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Streaming;
import retrofit2.http.Url;

/** Downloads from a pre-signed public link; bound to an HTTP client that sends no Kibo credential. */
interface PublicLinkApi {

  /** Streams the content behind {@code url}. */
  @Streaming
  @GET
  Call<ResponseBody> download(@Url String url);
}
