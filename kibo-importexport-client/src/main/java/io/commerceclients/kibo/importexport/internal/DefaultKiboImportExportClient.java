package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.auth.Secrets;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.batch.BatchJobsService;
import io.commerceclients.kibo.importexport.exports.ExportJobsService;
import io.commerceclients.kibo.importexport.files.FilesService;
import io.commerceclients.kibo.importexport.imports.ImportJobsService;
import java.time.Duration;
import okhttp3.HttpUrl;

/** The client: wires the OAuth token provider, the transports and the services. */
public final class DefaultKiboImportExportClient implements KiboImportExportClient {
  private final KiboContext context;
  private final FilesService files;
  private final ImportJobsService imports;
  private final ExportJobsService exports;
  private final BatchJobsService batchJobs;

  /**
   * Validates the settings and builds the client; sends nothing.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a setting is invalid
   */
  public DefaultKiboImportExportClient(ClientOptions options, KiboSettings settings, HttpUrl authRoot) {
    Check.inRange(settings.tenantId().orElseThrow(), 1, Long.MAX_VALUE, "tenantId");
    settings.siteId().ifPresent(id -> Check.inRange(id, 1, Long.MAX_VALUE, "siteId"));
    String clientId = Secrets.requireNonBlank(settings.clientId().orElse(null), "clientId");
    String secret = Secrets.requireSecret(settings.sharedSecret().orElse(null), "sharedSecret");
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

    this.context = new KiboContext(options, settings, authRoot, authTransport, new BearerTokenAuthenticator(tokens));
    this.files = new DefaultFilesService(context);
    this.imports = new DefaultImportJobsService(context, files);
    this.exports = new DefaultExportJobsService(context, files);
    this.batchJobs = new DefaultBatchJobsService(context);
  }

  @Override
  public FilesService files() {
    return files;
  }

  @Override
  public ImportJobsService imports() {
    return imports;
  }

  @Override
  public ExportJobsService exports() {
    return exports;
  }

  @Override
  public BatchJobsService batchJobs() {
    return batchJobs;
  }

  @Override
  public void close() {
    context.close();
  }

  @Override
  public String toString() {
    return "KiboImportExportClient{baseUrl=" + Redactor.defaults().url(context.options().baseUrl()) + "}";
  }
}
