package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.Secrets;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Lazy;
import io.commerceclients.core.internal.http.RawCapture;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kibo.importexport.KiboImportExportAsyncClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.HttpUrl;

/** The client, or a view of it: wires the OAuth token provider, the transports and the services. */
public final class DefaultKiboImportExportClient implements KiboImportExportClient {
  private final KiboCalls calls;
  private final boolean view;
  private final Lazy<FilesService> files;
  private final Lazy<ImportJobsService> imports;
  private final Lazy<ExportJobsService> exports;
  private final Lazy<BatchJobsService> batchJobs;
  private final Lazy<KiboImportExportAsyncClient> async;

  /**
   * Validates the settings and builds the client; sends nothing.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a setting is invalid
   */
  public DefaultKiboImportExportClient(ClientOptions options, KiboSettings settings, HttpUrl authRoot) {
    this(KiboCalls.of(context(options, settings, authRoot)), false);
  }

  private DefaultKiboImportExportClient(KiboCalls calls, boolean view) {
    this.calls = calls;
    this.view = view;
    this.files = Lazy.of(() -> new DefaultFilesService(calls));
    this.imports = Lazy.of(() -> new DefaultImportJobsService(calls, files.get()));
    this.exports = Lazy.of(() -> new DefaultExportJobsService(calls, files.get()));
    this.batchJobs = Lazy.of(() -> new DefaultBatchJobsService(calls));
    this.async = Lazy.of(() -> new DefaultKiboImportExportAsyncClient(calls));
  }

  private static KiboContext context(ClientOptions options, KiboSettings settings, HttpUrl authRoot) {
    Check.inRange(settings.tenantId().orElseThrow(), 1, Long.MAX_VALUE, "tenantId");
    settings.siteId().ifPresent(id -> Check.inRange(id, 1, Long.MAX_VALUE, "siteId"));
    String clientId = Secrets.requireNonBlank(settings.clientId().orElse(null), "clientId");
    String secret = Secrets.requireSecretWithoutControls(settings.sharedSecret().orElse(null), "sharedSecret");
    settings.locale().ifPresent(v -> Check.notBlank(v, "locale"));
    settings.currency().ifPresent(v -> Check.notBlank(v, "currency"));

    ApiTransport authTransport = ApiTransport.builder(options.withBaseUrl(authRoot))
        .apiName(KiboContext.API_NAME)
        .errorParser(new KiboErrorParser())
        .secretFields(KiboContext.SECRET_FIELDS)
        .secretValues(secret)
        .build();
    OAuthTokenRequest tokenRequest = OAuthTokenRequest.builder().clientId(clientId).clientSecret(secret).build();
    CachingTokenProvider tokens = CachingTokenProvider.of(
        new KiboTokenFetcher(authTransport, tokenRequest, options.clock()), options.clock(), Duration.ofMinutes(5));
    return new KiboContext(options, settings, authRoot, authTransport, tokens, secret);
  }

  @Override
  public FilesService files() {
    return files.get();
  }

  @Override
  public ImportJobsService imports() {
    return imports.get();
  }

  @Override
  public ExportJobsService exports() {
    return exports.get();
  }

  @Override
  public BatchJobsService batchJobs() {
    return batchJobs.get();
  }

  @Override
  public KiboImportExportClient withOptions(Consumer<RequestOptions.Builder> options) {
    Check.required(options, "options");
    RequestOptions.Builder builder = RequestOptions.builder();
    options.accept(builder);
    return withOptions(builder.build());
  }

  @Override
  public KiboImportExportClient withOptions(RequestOptions options) {
    return new DefaultKiboImportExportClient(calls.withOptions(options), true);
  }

  @Override
  public <T> RawResponse<T> withRawResponse(Function<KiboImportExportClient, T> call) {
    Check.required(call, "call");
    return RawCapture.capture(() -> call.apply(this));
  }

  @Override
  public KiboImportExportAsyncClient async() {
    return async.get();
  }

  @Override
  public void close() {
    if (!view) {
      calls.context().close();
    }
  }

  @Override
  public String toString() {
    return "KiboImportExportClient{baseUrl=" + Redactor.defaults().url(calls.context().options().baseUrl())
        + (view ? ", view" : "") + "}";
  }
}
