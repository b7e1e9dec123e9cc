package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.EmptyAnswerAllowed;
import io.commerceclients.core.internal.retry.Idempotent;
import io.commerceclients.kibo.importexport.model.BatchJob;
import io.commerceclients.kibo.importexport.model.BatchJobActionType;
import io.commerceclients.kibo.importexport.model.BatchJobCollection;
import io.commerceclients.kibo.importexport.model.BatchJobItemResultSet;
import io.commerceclients.kibo.importexport.model.BatchJobSummary;
import io.commerceclients.kibo.importexport.model.BatchJobSummaryCollection;
import io.commerceclients.kibo.importexport.model.CreateBatchJobRequest;
import io.commerceclients.kibo.importexport.model.UpdateBatchJobRequest;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * The batch-job calls on the tenant host, relative to {@code https://{tenantHost}/api/}. Every path,
 * method and query parameter is taken from Kibo's own OpenAPI spec ({@code
 * kibo-importexport-openapi.json}); none is inferred. The two item reads are POSTs in the spec and
 * are marked {@link Idempotent}, since they change nothing.
 */
interface KiboBatchJobApi {

  /** Creates a batch job. */
  @POST("platform/data/batchJob")
  Call<BatchJob> createBatchJob(@Body CreateBatchJobRequest request);

  /** Lists batch jobs. */
  @GET("platform/data/batchJob")
  Call<BatchJobCollection> listBatchJobs(
      @Query("domain") String domain,
      @Query("pageSize") Integer pageSize,
      @Query("startIndex") Integer startIndex,
      @Query("status") String status,
      @Query("includeCount") Boolean includeCount);

  /** Reads a batch job. */
  @GET("platform/data/batchJob/{code}")
  Call<BatchJob> getBatchJob(@Path("code") String code);

  /** Changes a batch job's name. */
  @PUT("platform/data/batchJob/{code}")
  Call<BatchJob> updateBatchJob(@Path("code") String code, @Body UpdateBatchJobRequest request);

  /** Deletes a batch job; Kibo may answer with the deleted job or with no body. */
  @EmptyAnswerAllowed
  @DELETE("platform/data/batchJob/{code}")
  Call<BatchJob> deleteBatchJob(@Path("code") String code);

  /** Performs an action (start, cancel, reset) on a batch job. */
  @POST("platform/data/batchJob/actions/{code}")
  Call<BatchJob> performBatchJobAction(@Path("code") String code, @Body BatchJobActionBody action);

  /** Lists the actions a batch job accepts now. */
  @GET("platform/data/batchJob/actions/{code}")
  Call<List<BatchJobActionType>> getAvailableBatchJobActions(@Path("code") String code);

  /** Reads a batch job's summary. */
  @GET("platform/data/batchJob/actions/{code}/summary")
  Call<BatchJobSummary> getBatchJobSummary(@Path("code") String code);

  /** Lists batch job summaries. */
  @GET("platform/data/batchJob/actions/summaries")
  Call<BatchJobSummaryCollection> listBatchJobSummaries(
      @Query("domain") String domain,
      @Query("pageSize") Integer pageSize,
      @Query("startIndex") Integer startIndex,
      @Query("status") String status,
      @Query("includeCount") Boolean includeCount);

  /** Lists a batch job's items (a POST without a body in Kibo's spec). */
  @Idempotent
  @POST("platform/data/batchJob/actions/{code}/items")
  Call<BatchJobItemResultSet> getBatchJobItems(
      @Path("code") String code,
      @Query("pageSize") Integer pageSize,
      @Query("startIndex") Integer startIndex,
      @Query("includeCount") Boolean includeCount,
      @Query("processingStatus") String processingStatus,
      @Query("resourceType") String resourceType);

  /** Reads the item of a batch job with a correlation id (a POST without a body in Kibo's spec). */
  @Idempotent
  @POST("platform/data/batchJob/actions/{code}/items/{correlationId}")
  Call<BatchJobItemResultSet> getBatchJobItem(@Path("code") String code, @Path("correlationId") String correlationId);
}
