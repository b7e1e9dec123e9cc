package io.commerceclients.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.commerceclients.core.json.Json;
import io.commerceclients.core.support.TestApi;
import java.util.List;
import java.util.Map;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Headers;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

class QueryOperationTest {

  /** Every shape the transport builds itself, and every shape it leaves to Retrofit. */
  interface Shapes {
    @GET("items")
    Call<Map<String, Object>> search(@Query("q") String q, @Query("tag") List<String> tags, @Query("limit") Integer limit,
        @Query("active") Boolean active, @Query("page") int page, @Query("kind") Kind kind);

    @GET("items")
    Call<Map<String, Object>> none();

    @GET("items/{id}")
    Call<Map<String, Object>> withPath(@retrofit2.http.Path("id") String id);

    @GET("items?fixed=1")
    Call<Map<String, Object>> withFixedQuery(@Query("q") String q);

    @GET("items")
    Call<Map<String, Object>> encoded(@Query(value = "q", encoded = true) String q);

    @GET("items")
    Call<Map<String, Object>> map(@QueryMap Map<String, String> query);

    @GET("items")
    Call<Map<String, Object>> header(@Header("X-Trace") String trace);

    @Headers("Accept: text/csv")
    @GET("items")
    Call<Map<String, Object>> staticHeader(@Query("q") String q);

    @Streaming
    @GET("items")
    Call<ResponseBody> streamed(@Query("q") String q);

    @GET("items")
    Call<Void> nothing(@Query("q") String q);

    @GET("items")
    Call<Map<String, Object>> array(@Query("q") String[] q);

    @GET("items")
    Call<List<? extends Number>> wildcard(@Query("q") String q);

    @GET("items")
    Call<retrofit2.Response<String>> wrapped(@Query("q") String q);

    @GET("items")
    Call<Map<String, Object>> wildcardList(@Query("q") List<? extends CharSequence> q);
  }

  enum Kind { PHYSICAL, DIGITAL }

  private final Retrofit retrofit = new Retrofit.Builder().baseUrl("https://api.example.invalid/v1/")
      .addConverterFactory(JacksonConverterFactory.create(Json.mapper())).build();

  @Test
  void buildsTheSameUrlsAsRetrofitForAwkwardValues() throws Throwable {
    assertEquals(2, RequestEquivalence.check(Shapes.class));
    assertEquals(2, RequestEquivalence.check(TestApi.class));
  }

  @Test
  void leavesEveryOtherShapeToRetrofit() throws Exception {
    assertNotNull(QueryOperation.of(retrofit, Shapes.class, Shapes.class.getMethod("search", String.class, List.class,
        Integer.class, Boolean.class, int.class, Kind.class)));
    for (String name : List.of("withPath", "withFixedQuery", "encoded", "map", "header", "staticHeader", "streamed",
        "nothing", "array", "wildcard", "wrapped", "wildcardList")) {
      java.lang.reflect.Method method = java.util.Arrays.stream(Shapes.class.getMethods())
          .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
      assertNull(QueryOperation.of(retrofit, Shapes.class, method), name);
    }
  }
}
