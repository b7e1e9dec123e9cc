package io.commerceclients.kiliba.internal;

import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.PUT;
import retrofit2.http.Url;

/**
 * The storage side of a physical-store upload: a plain PUT of the file to the pre-signed URL Kiliba
 * returned. It must run on an HTTP client that carries no Kiliba credentials.
 */
public interface PresignedStorageApi {

  /** Sends the file to the pre-signed URL (verified flow: an S3 pre-signed PUT). */
  @PUT
  Call<Void> put(@Url String presignedUrl, @Body RequestBody file);
}
