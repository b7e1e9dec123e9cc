package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.retry.AttemptCounter;
import io.commerceclients.core.internal.retry.Idempotent;
import io.commerceclients.kiliba.model.customers.CustomerEmails;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;
import io.commerceclients.kiliba.model.imports.ImportResult;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.util.List;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Every Kiliba operation, relative to the base URL ({@code https://api.kiliba.ai/}). Paths marked
 * <b>provisional</b> are inferred from Kiliba's naming, not verified (see {@code ENDPOINTS.md}); this
 * interface is the one place to fix them.
 *
 * <p>Imports are upserts keyed by id, so they are {@link Idempotent} (retried like a PUT). The
 * import methods take the JSON array already serialised, so that the batch size the client
 * measured is exactly the size sent.
 */
interface KilibaApi {

  /** Lists customers (verified path). Array filters are sent as repeated keys. */
  @GET("client/v1/customers/paginated")
  Call<CustomerPage> listCustomers(
      @Query("limit") Integer limit,
      @Query("page") Integer page,
      @Query("date_update") String dateUpdate,
      @Query("blacklist_date") String blacklistDate,
      @Query("whitelist_date") String whitelistDate,
      @Query("blacklist_reasons") List<String> blacklistReasons,
      @Query("whitelist_reasons") List<String> whitelistReasons,
      @Query("statuses") List<String> statuses);

  /** Blacklists customers by email; setting the same state twice is harmless. <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/customers/blacklist")
  Call<ProcessedEmails> blacklistCustomers(@Body CustomerEmails body);

  /** Whitelists customers by email; setting the same state twice is harmless. <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/customers/whitelist")
  Call<ProcessedEmails> whitelistCustomers(@Body CustomerEmails body);

  /** Imports product categories (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/product-categories")
  Call<ImportResult> importProductCategories(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Imports products (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/products")
  Call<ImportResult> importProducts(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Imports customer groups (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/customer-groups")
  Call<ImportResult> importCustomerGroups(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Imports customers (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/customers")
  Call<ImportResult> importCustomers(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Imports orders (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/orders")
  Call<ImportResult> importOrders(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Imports carts (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/carts")
  Call<ImportResult> importCarts(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Imports visits (a JSON array). <b>Provisional path.</b> */
  @Idempotent
  @POST("client/v1/import/visits")
  Call<ImportResult> importVisits(@Body RequestBody jsonArray, @Tag AttemptCounter attempts);

  /** Creates a physical-store upload session. <b>Provisional path.</b> */
  @POST("client/v1/physical-stores/uploads")
  Call<UploadSession> createUpload(@Body CreateUploadRequest body);

  /** Marks an upload's file as uploaded and queues its parsing. <b>Provisional path.</b> */
  @POST("client/v1/physical-stores/uploads/{uploadId}/complete")
  Call<UploadStatus> completeUpload(@Path("uploadId") String uploadId);

  /** Reads an upload's status. <b>Provisional path.</b> */
  @GET("client/v1/physical-stores/uploads/{uploadId}")
  Call<UploadStatus> getUpload(@Path("uploadId") String uploadId);

  /** Sends a transactional email. <b>Provisional path.</b> */
  @POST("client/v1/transactional-emails/send")
  Call<TransactionalEmailResult> sendTransactionalEmail(@Body TransactionalEmail body);
}
