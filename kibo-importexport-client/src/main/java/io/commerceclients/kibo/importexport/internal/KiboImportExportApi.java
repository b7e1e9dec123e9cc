package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.retry.Idempotent;
import io.commerceclients.kibo.importexport.model.CreateExportJobRequest;
import io.commerceclients.kibo.importexport.model.CreateImportJobRequest;
import io.commerceclients.kibo.importexport.model.DropLocation;
import io.commerceclients.kibo.importexport.model.ExportJob;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.util.List;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Streaming;

/**
 * Every Import/Export call on the tenant host, relative to {@code https://{tenantHost}/api/}. All
 * paths are taken from Kibo's own OpenAPI spec ({@code kibo-importexport-openapi.json}); none is
 * inferred. A null {@code responseFields} is left out of the query (the whole answer is returned).
 * The spec also allows {@code responseFields} on {@code generatelink} and {@code content}, whose
 * answers (a bare string, raw bytes) have no fields to trim, so they are not offered there.
 */
interface KiboImportExportApi {

  /** Uploads a file: the raw bytes as {@code application/octet-stream}, not multipart. */
  @POST("platform/data/files")
  Call<DropLocation> uploadFile(
      @Query("fileType") String fileType, @Query("fileName") String fileName,
      @Query("responseFields") String responseFields, @Body RequestBody body);

  /** Reads a file's metadata. */
  @GET("platform/data/files/{id}")
  Call<DropLocation> getFile(@Path("id") String id, @Query("responseFields") String responseFields);

  /** Streams a file's content. */
  @Streaming
  @GET("platform/data/files/{id}/content")
  Call<ResponseBody> downloadFileContent(@Path("id") String id);

  /** Generates a pre-signed public link (safe to repeat); the answer is a JSON string or bare text. */
  @Idempotent
  @POST("platform/data/files/{id}/generatelink")
  Call<ResponseBody> generatePublicLink(@Path("id") String id, @Query("hourDuration") int hourDuration);

  /** Creates an import job. */
  @POST("platform/data/import")
  Call<ImportJob> createImportJob(
      @Body CreateImportJobRequest request, @Query("responseFields") String responseFields);

  /** Reads an import job. */
  @GET("platform/data/import/{id}")
  Call<ImportJob> getImportJob(@Path("id") String id, @Query("responseFields") String responseFields);

  /** Lists import jobs: a bare JSON array. */
  @GET("platform/data/import")
  Call<List<ImportJob>> listImportJobs(
      @Query("startIndex") Integer startIndex,
      @Query("pageSize") Integer pageSize,
      @Query("filter") String filter,
      @Query("responseFields") String responseFields);

  /** Deletes an import job. */
  @DELETE("platform/data/import/{id}")
  Call<Void> deleteImportJob(@Path("id") String id);

  /** Creates an export job. */
  @POST("platform/data/export")
  Call<ExportJob> createExportJob(
      @Body CreateExportJobRequest request, @Query("responseFields") String responseFields);

  /** Reads an export job. */
  @GET("platform/data/export/{id}")
  Call<ExportJob> getExportJob(@Path("id") String id, @Query("responseFields") String responseFields);

  /** Lists export jobs: a bare JSON array. */
  @GET("platform/data/export")
  Call<List<ExportJob>> listExportJobs(
      @Query("startIndex") Integer startIndex,
      @Query("pageSize") Integer pageSize,
      @Query("filter") String filter,
      @Query("responseFields") String responseFields);

  /** Deletes an export job. */
  @DELETE("platform/data/export/{id}")
  Call<Void> deleteExportJob(@Path("id") String id);
}
