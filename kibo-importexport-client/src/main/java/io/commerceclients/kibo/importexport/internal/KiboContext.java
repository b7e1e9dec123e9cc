package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.polling.PollingOptions;
import java.util.Optional;
import okhttp3.HttpUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's HTTP plumbing: the auth-host transports (token call without credentials, tenant
 * lookup with the bearer token) and the tenant-host transport, created on first use once the
 * tenant host is known (looked up once, then cached).
 */
final class KiboContext implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KiboContext.class);
  static final String API_NAME = "kibo-importexport";
  static final String[] SECRET_FIELDS = {"client_secret", "access_token", "refresh_token"};

  private final ClientOptions options;
  private final KiboSettings settings;
  private final HttpUrl authRoot;
  private final ApiTransport authTransport;
  private final ApiTransport lookupTransport;
  private final BearerTokenAuthenticator bearer;
  private final PollingOptions polling;
  private volatile ApiTransport apiTransport;
  private volatile KiboImportExportApi api;

  KiboContext(ClientOptions options, KiboSettings settings, HttpUrl authRoot,
      ApiTransport authTransport, BearerTokenAuthenticator bearer) {
    this.options = options;
    this.settings = settings;
    this.authRoot = authRoot;
    this.authTransport = authTransport;
    this.bearer = bearer;
    this.lookupTransport = ApiTransport.builder(options.withBaseUrl(authRoot))
        .apiName(API_NAME)
        .authenticator(bearer)
        .errorParser(new KiboErrorParser())
        .secretFields(SECRET_FIELDS)
        .shareConnectionsWith(authTransport)
        .build();
    this.polling = settings.polling().orElse(PollingOptions.defaults());
    settings.tenantHost().ifPresent(host -> connect(HostUrls.tenantApi(host, authRoot)));
  }

  ClientOptions options() {
    return options;
  }

  PollingOptions polling() {
    return polling;
  }

  /** The transport of the auth host without credentials; its storage client fetches public links. */
  ApiTransport authTransport() {
    return authTransport;
  }

  /**
   * Returns the tenant-host transport, looking the tenant host up first if needed.
   *
   * @throws io.commerceclients.core.error.ProtocolException if the lookup answers no usable domain
   */
  ApiTransport transport() {
    ensureConnected();
    return apiTransport;
  }

  /** Returns the Import/Export API bound to the tenant host. */
  KiboImportExportApi api() {
    ensureConnected();
    return api;
  }

  private void ensureConnected() {
    if (api != null) {
      return;
    }
    synchronized (this) {
      if (api != null) {
        return;
      }
      long tenantId = settings.tenantId().orElseThrow();
      TenantInfo tenant = lookupTransport.execute(lookupTransport.create(KiboAuthApi.class).getTenant(tenantId));
      String domain = Optional.ofNullable(tenant).flatMap(TenantInfo::domain).orElse(null);
      HttpUrl base = HostUrls.lookedUpTenantApi(tenantId, domain, authRoot);
      LOG.debug("tenant {} is served by {}", tenantId, base);
      connect(base);
    }
  }

  private void connect(HttpUrl base) {
    ApiTransport.Builder builder = ApiTransport.builder(options.withBaseUrl(base))
        .apiName(API_NAME)
        .authenticator(bearer)
        .errorParser(new KiboErrorParser())
        .secretFields(SECRET_FIELDS)
        .shareConnectionsWith(authTransport);
    settings.tenantId().ifPresent(id -> builder.defaultHeader("x-vol-tenant", Long.toString(id)));
    settings.siteId().ifPresent(id -> builder.defaultHeader("x-vol-site", Long.toString(id)));
    settings.masterCatalog().ifPresent(id -> builder.defaultHeader("x-vol-master-catalog", Integer.toString(id)));
    settings.catalog().ifPresent(id -> builder.defaultHeader("x-vol-catalog", Integer.toString(id)));
    settings.locale().ifPresent(v -> builder.defaultHeader("x-vol-locale", v));
    settings.currency().ifPresent(v -> builder.defaultHeader("x-vol-currency", v));
    ApiTransport transport = builder.build();
    this.api = transport.create(KiboImportExportApi.class);
    this.apiTransport = transport;
  }

  @Override
  public void close() {
    ApiTransport t = apiTransport;
    if (t != null) {
      t.close();
    }
    lookupTransport.close();
    authTransport.close();
  }
}
