package io.commerceclients.core.support;

import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.core.internal.retry.Idempotent;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;
import retrofit2.http.Tag;

/** A small Retrofit API used to exercise the transport. */
public interface TestApi {
  @GET("things/{id}")
  Call<Map<String, Object>> get(@Path("id") String id);

  @GET("things/{id}")
  Call<Map<String, Object>> getCounted(@Path("id") String id, @Tag AttemptCounter attempts);

  @GET("things")
  Call<List<Map<String, Object>>> list(@Query("page") long page, @Query("per_page") int perPage);

  @POST("things")
  Call<Map<String, Object>> create(@Body Map<String, Object> body);

  @Idempotent
  @POST("things/upsert")
  Call<Map<String, Object>> upsert(@Body Map<String, Object> body);

  @PUT("things/{id}")
  Call<Void> put(@Path("id") String id, @Body Map<String, Object> body);

  @PUT("things/{id}")
  Call<Void> putBody(@Path("id") String id, @Body okhttp3.RequestBody body);

  @GET("boom")
  Call<Boom> boom();

  @GET("models/{id}")
  Call<Thing> thing(@Path("id") String id);

  @Streaming
  @GET("files/{id}")
  Call<ResponseBody> download(@Path("id") String id);
}
