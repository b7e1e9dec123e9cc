package io.commerceclients.kibo.importexport;

import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.EnvironmentVariables;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import io.commerceclients.kibo.importexport.internal.DefaultKiboImportExportClient;
import io.commerceclients.kibo.importexport.internal.HostUrls;
import io.commerceclients.kibo.importexport.internal.ImmutableKiboSettings;
import io.commerceclients.kibo.importexport.internal.KiboSettings;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;

/**
 * The Kibo Commerce Import/Export API: files, import jobs, export jobs and batch jobs, including
 * one-call imports from CSV files and exports to a ZIP. Authenticates with OAuth client credentials; the
 * token is cached, refreshed before it expires, and renewed once after a 401.
 *
 * <pre>{@code
 * try (KiboImportExportClient kibo = KiboImportExportClient.builder()
 *     .tenantId(12345).clientId("app.id").sharedSecret(secret).build()) {
 *   ImportResult result = kibo.imports().run(ImportRequest.builder()
 *       .domain(Domain.CATALOG).directory(Path.of("catalog-csv")).build());
 * }
 * }</pre>
 */
public interface KiboImportExportClient extends AutoCloseable {

  /** The default auth host (Kibo's US home pod); {@code home.euw1.kibocommerce.com} for the EU. */
  String DEFAULT_AUTH_HOST = "home.mozu.com";

  /**
   * The default cap on one download (a file, a log, an export through a public link): 10 GiB,
   * well above an export that unzips within {@code UnzipLimits}' default 4 GiB.
   */
  long DEFAULT_MAX_DOWNLOAD_SIZE = 10L << 30;

  /** Returns a builder. */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a client from the environment variables Kibo's own SDKs read: {@code KIBO_TENANT},
   * {@code KIBO_SITE}, {@code KIBO_CLIENT_ID}, {@code KIBO_SHARED_SECRET}, {@code KIBO_AUTH_HOST},
   * plus {@code KIBO_API_HOST} for an explicit tenant host.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a required variable is
   *     missing or invalid
   */
  static KiboImportExportClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Returns the Files API: upload, download, public links. */
  FilesService files();

  /** Returns the import jobs. */
  ImportJobsService imports();

  /** Returns the export jobs. */
  ExportJobsService exports();

  /** Returns the batch jobs: catalog changes grouped in a job that is started, run and reported on. */
  BatchJobsService batchJobs();

  /**
   * Returns a view of this client whose every call uses {@code options} (a total timeout, retries,
   * extra headers and query parameters) laid over the view's own. The view shares this client's
   * connections, threads, token cache and tenant host, so it is cheap: create it once and reuse
   * it. Its {@code close()} does nothing; close the client it was made from.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a header would replace one
   *     the client sets itself ({@code Authorization}, {@code x-vol-tenant} and the other context
   *     headers) or is named like a credential
   */
  KiboImportExportClient withOptions(Consumer<RequestOptions.Builder> options);

  /** Returns a view of this client whose every call uses {@code options}, as {@link #withOptions(Consumer)}. */
  KiboImportExportClient withOptions(RequestOptions options);

  /**
   * Runs {@code call} on this client and returns its result with the HTTP exchanges it made on this
   * thread (a first call also records the token request and the tenant lookup): statuses, headers
   * and request ids. The request id of a successful call ({@code x-vol-correlation}) is what to paste
   * into a Kibo support ticket. A download stays streamed: the result holds its byte count, never
   * the content. Only blocking calls made by this thread are recorded, not those of {@link #async()}.
   *
   * <pre>{@code
   * RawResponse<ImportJob> raw = kibo.withRawResponse(k -> k.imports().get(jobId));
   * raw.requestId().ifPresent(id -> log.info("Kibo request id {}", id));
   * }</pre>
   */
  <T> RawResponse<T> withRawResponse(Function<KiboImportExportClient, T> call);

  /**
   * Returns the asynchronous twin of this client (of this view, with its options): the same
   * services and operations returning {@code CompletableFuture}s, on the same connections, threads
   * and token cache. Closing this client closes it too.
   */
  KiboImportExportAsyncClient async();

  /** Releases the client's connections and threads; on a view of a client, does nothing. */
  @Override
  void close();

  /**
   * Builds a {@link KiboImportExportClient}. Required: tenant id, client id, shared secret. The
   * tenant host is looked up once through the auth host unless {@link #tenantHost(String)} (or
   * {@code baseUrl}) gives it.
   */
  final class Builder extends ClientBuilder<Builder, KiboImportExportClient> {
    private static final String NO_BASE_URL = "https://tenant-host.invalid/api/";
    private final ImmutableKiboSettings.Builder settings = KiboSettings.builder();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Sets the tenant id (required). */
    public Builder tenantId(long tenantId) {
      settings.tenantId(tenantId);
      return this;
    }

    /** Sets the site id, sent as {@code x-vol-site}. */
    public Builder siteId(long siteId) {
      settings.siteId(siteId);
      return this;
    }

    /** Sets the application's client id (required), for example {@code acme.import.1.0.0.Release}. */
    public Builder clientId(String clientId) {
      settings.clientId(clientId);
      return this;
    }

    /** Sets the application's shared secret (required); it is only ever sent to the auth host. */
    public Builder sharedSecret(String sharedSecret) {
      settings.sharedSecret(sharedSecret);
      return this;
    }

    /**
     * Sets the auth host, as a host name ({@code home.euw1.kibocommerce.com}) or a full URL
     * ({@code http://localhost:8080} for a fake); default {@value #DEFAULT_AUTH_HOST}.
     */
    public Builder authHost(@org.jspecify.annotations.Nullable String authHost) {
      settings.authHost(authHost);
      return this;
    }

    /**
     * Sets the tenant host ({@code t12345.sandbox.mozu.com} or a full URL), which skips the tenant
     * lookup. Same as {@code baseUrl("https://t12345.sandbox.mozu.com/api/")}.
     */
    public Builder tenantHost(@org.jspecify.annotations.Nullable String tenantHost) {
      settings.tenantHost(tenantHost);
      return this;
    }

    /** Sets the master catalog id, sent as {@code x-vol-master-catalog}. */
    public Builder masterCatalog(int masterCatalogId) {
      settings.masterCatalog(masterCatalogId);
      return this;
    }

    /** Sets the catalog id, sent as {@code x-vol-catalog}. */
    public Builder catalog(int catalogId) {
      settings.catalog(catalogId);
      return this;
    }

    /** Sets the locale code, sent as {@code x-vol-locale}, for example {@code en-US}. */
    public Builder locale(String locale) {
      settings.locale(locale);
      return this;
    }

    /** Sets the currency code, sent as {@code x-vol-currency}, for example {@code USD}. */
    public Builder currency(String currency) {
      settings.currency(currency);
      return this;
    }

    /** Sets how jobs are polled by default: core's defaults (2 s growing ×1.5 to 30 s, 30 minutes). */
    public Builder polling(@org.jspecify.annotations.Nullable PollingOptions polling) {
      settings.polling(polling);
      return this;
    }

    /**
     * Sets the most bytes one download may write (default 10 GiB, {@link
     * #DEFAULT_MAX_DOWNLOAD_SIZE}; {@link Long#MAX_VALUE} lifts the cap). A longer download ends
     * with a {@link io.commerceclients.core.error.ProtocolException}: refused from its {@code
     * Content-Length} before a byte is read, or stopped once the cap is passed, its partial file
     * removed and the target untouched; a caller's stream receives at most the cap.
     */
    public Builder maxDownloadSize(long bytes) {
      settings.maxDownloadSize(bytes);
      return this;
    }

    /**
     * Reads {@code KIBO_TENANT}, {@code KIBO_SITE}, {@code KIBO_CLIENT_ID}, {@code
     * KIBO_SHARED_SECRET}, {@code KIBO_AUTH_HOST} and {@code KIBO_API_HOST} (through {@link
     * #fromEnv()} or {@link #environment(Map)}); a tenant or site that is not a number is a
     * {@link io.commerceclients.core.validation.ValidationException} naming the variable.
     */
    @Override
    protected void applyEnvironment(EnvironmentVariables env) {
      env.ifSetLong("KIBO_TENANT", this::tenantId);
      env.ifSetLong("KIBO_SITE", this::siteId);
      env.ifSet("KIBO_CLIENT_ID", this::clientId);
      env.ifSet("KIBO_SHARED_SECRET", this::sharedSecret);
      env.ifSet("KIBO_AUTH_HOST", this::authHost);
      env.ifSet("KIBO_API_HOST", this::tenantHost);
    }

    /**
     * Builds the client; no request is sent until the first call.
     *
     * @throws io.commerceclients.core.validation.ValidationException if a setting is missing or invalid
     */
    @Override
    public KiboImportExportClient build() {
      ClientOptions options = options(NO_BASE_URL);
      if (configuredBaseUrl().isPresent()) {
        settings.tenantHost(options.baseUrl().toString());
      }
      KiboSettings built = settings.build();
      HttpUrl authRoot = HostUrls.root(built.authHost().orElse(DEFAULT_AUTH_HOST), "authHost");
      Check.that(built.tenantId().isPresent(), "tenantId", "is required");
      built.maxDownloadSize().ifPresent(max -> Check.inRange(max, 1, Long.MAX_VALUE, "maxDownloadSize"));
      return new DefaultKiboImportExportClient(options, built, authRoot);
    }
  }
}
