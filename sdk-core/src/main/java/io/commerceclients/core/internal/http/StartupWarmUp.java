package io.commerceclients.core.internal.http;

import io.commerceclients.core.json.Json;
import java.util.concurrent.atomic.AtomicBoolean;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The first client built in a JVM spends most of its start-up in two independent pieces of work:
 * OkHttp's TLS set-up, and Jackson's and Retrofit's (the mapper, the machinery that reads a model
 * through its builder, the parsing of an interface method). This starts the second on a
 * short-lived daemon thread while the building thread does the first, once per JVM; the building
 * thread then finds the mapper ready (or waits for it, as class initialisation does). It is best
 * effort: whatever it fails to do, the first call does itself, and reports.
 */
final class StartupWarmUp {
  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private StartupWarmUp() {}

  /** A Retrofit interface shaped like the clients' own; its method is parsed, never sent. */
  interface WarmUpApi {
    @GET("samples/{id}")
    Call<WarmUpSample> sample(@Path("id") String id, @Query("page") Integer page);
  }

  /** Starts the warm-up unless it has run in this JVM; never throws. */
  static void start() {
    if (!STARTED.compareAndSet(false, true)) {
      return;
    }
    try {
      Thread thread = new Thread(StartupWarmUp::run, "commerce-clients-warm-up");
      thread.setDaemon(true);
      thread.start();
    } catch (RuntimeException | Error refused) {
      // A JVM that refuses a new thread: the first client does this work on its own thread.
    }
  }

  private static void run() {
    try {
      Json.mapper().readValue(WarmUpSample.JSON, WarmUpSample.class);
      new Retrofit.Builder()
          .baseUrl("http://localhost/")
          .callFactory(request -> {
            throw new IllegalStateException("the warm-up sends nothing");
          })
          .addConverterFactory(JacksonConverterFactory.create(Json.mapper()))
          .build()
          .create(WarmUpApi.class)
          .sample("warm-up", 1);
    } catch (Exception | LinkageError ignored) {
      // The first call meets the same problem and reports it.
    }
  }
}
