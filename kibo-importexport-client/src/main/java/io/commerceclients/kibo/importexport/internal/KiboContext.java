package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.BearerTokenAuthenticator;
import io.commerceclients.core.internal.auth.CachingTokenProvider;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.internal.logging.LazyLogger;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.polling.PollingOptions;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.HttpUrl;

/**
 * The client's HTTP plumbing, shared by the client and all its views: the auth-host transports
 * (token call and public links without credentials, tenant lookup with the bearer token), the one
 * token cache, and the tenant-host transport, created on first use once the tenant host is known
 * (looked up once, then cached). Blocking and asynchronous callers share the token fetch and the
 * tenant lookup in flight; the asynchronous ones never block a thread for either.
 */
final class KiboContext implements AutoCloseable {
  private static final LazyLogger LOG = LazyLogger.of(KiboContext.class);
  static final String API_NAME = "kibo-importexport";
  static final String[] SECRET_FIELDS = {"client_secret", "access_token", "refresh_token"};

  private final ClientOptions options;
  private final KiboSettings settings;
  private final HttpUrl authRoot;
  private final ApiTransport authTransport;
  private final ApiTransport lookupTransport;
  private final KiboAuthApi lookupApi;
  private final PublicLinkApi links;
  private final CachingTokenProvider tokens;
  private final BearerTokenAuthenticator bearer;
  private final PollingOptions polling;
  private final Map<String, String> tenantHeaders;
  private final String sharedSecret;
  private final AtomicReference<TenantHost> tenant = new AtomicReference<>();
  private final AtomicReference<CompletableFuture<TenantHost>> lookup = new AtomicReference<>();
  private volatile boolean closed;

  KiboContext(ClientOptions options, KiboSettings settings, HttpUrl authRoot,
      ApiTransport authTransport, CachingTokenProvider tokens, String sharedSecret) {
    this.options = options;
    this.sharedSecret = sharedSecret;
    this.settings = settings;
    this.authRoot = authRoot;
    this.authTransport = authTransport;
    this.tokens = tokens;
    this.bearer = new BearerTokenAuthenticator(tokens);
    this.lookupTransport = ApiTransport.builder(options.withBaseUrl(authRoot))
        .apiName(API_NAME)
        .authenticator(bearer)
        .errorParser(new KiboErrorParser())
        .secretFields(SECRET_FIELDS)
        .secretValues(sharedSecret)
        .shareConnectionsWith(authTransport)
        .build();
    this.lookupApi = lookupTransport.create(KiboAuthApi.class);
    this.links = authTransport.create(PublicLinkApi.class);
    this.polling = settings.polling().orElse(PollingOptions.defaults());
    this.tenantHeaders = tenantHeaders(settings);
    settings.tenantHost().ifPresent(host -> connect(HostUrls.tenantApi(host, authRoot)));
  }

  private static Map<String, String> tenantHeaders(KiboSettings settings) {
    Map<String, String> headers = new LinkedHashMap<>();
    settings.tenantId().ifPresent(id -> headers.put("x-vol-tenant", Long.toString(id)));
    settings.siteId().ifPresent(id -> headers.put("x-vol-site", Long.toString(id)));
    settings.masterCatalog().ifPresent(id -> headers.put("x-vol-master-catalog", Integer.toString(id)));
    settings.catalog().ifPresent(id -> headers.put("x-vol-catalog", Integer.toString(id)));
    settings.locale().ifPresent(v -> headers.put("x-vol-locale", v));
    settings.currency().ifPresent(v -> headers.put("x-vol-currency", v));
    return Collections.unmodifiableMap(headers);
  }

  ClientOptions options() {
    return options;
  }

  PollingOptions polling() {
    return polling;
  }

  /** The most bytes a download may write, {@code maxDownloadSize}. */
  long maxDownloadSize() {
    return settings.maxDownloadSize().orElse(KiboImportExportClient.DEFAULT_MAX_DOWNLOAD_SIZE);
  }

  /** The transport of the auth host without credentials (token call, public links). */
  ApiTransport authTransport() {
    return authTransport;
  }

  /** The public-link download call, on {@link #authTransport()}. */
  PublicLinkApi links() {
    return links;
  }

  /**
   * Refuses per-call options that would replace a header the client sets itself on the tenant
   * host ({@code x-vol-tenant} and the other context headers, {@code Authorization}), before the
   * tenant host is even known.
   *
   * @throws io.commerceclients.core.validation.ValidationException naming the header
   */
  void checkOptions(RequestOptions more) {
    Check.required(more, "options");
    for (String name : more.headers().keySet()) {
      String lower = name.toLowerCase(Locale.ROOT);
      boolean reserved = lower.equals("authorization") || lower.equals("x-api-key")
          || tenantHeaders.keySet().stream().anyMatch(h -> h.equalsIgnoreCase(name));
      Check.that(!reserved, "header " + name, "is set by the " + API_NAME + " client itself and cannot be replaced per call");
    }
  }

  /**
   * Returns the tenant host, looking it up first if needed (once; a lookup already in flight,
   * blocking or asynchronous, is waited for and its host or failure shared). The caller whose
   * future {@code lookup} takes does the lookup; no lock is held while it is on the wire.
   *
   * @throws io.commerceclients.core.error.ProtocolException if the lookup answers no usable domain
   */
  TenantHost tenant() {
    while (true) {
      TenantHost known = tenant.get();
      if (known != null) {
        return known;
      }
      CompletableFuture<TenantHost> shared = lookup.get();
      if (shared != null) {
        return await(shared);
      }
      CompletableFuture<TenantHost> mine = new CompletableFuture<>();
      if (lookup.compareAndSet(null, mine)) {
        try {
          TenantHost found = tenant.get();
          if (found == null) {
            found = connected(lookupTransport.execute(lookupApi.getTenant(tenantId())));
          }
          land(mine, found, null);
          return found;
        } catch (RuntimeException | Error e) {
          land(mine, null, e);
          throw e;
        }
      }
    }
  }

  /**
   * Returns a future of the tenant host, without blocking: at once when known, otherwise the
   * lookup in flight or a new one. Cancelling the returned future leaves a shared lookup in flight
   * to land in the cache.
   */
  CompletableFuture<TenantHost> tenantAsync() {
    while (true) {
      TenantHost known = tenant.get();
      if (known != null) {
        return CompletableFuture.completedFuture(known);
      }
      CompletableFuture<TenantHost> shared = lookup.get();
      if (shared != null) {
        return shared.thenApply(host -> host);
      }
      CompletableFuture<TenantHost> mine = new CompletableFuture<>();
      if (lookup.compareAndSet(null, mine)) {
        TenantHost landed = tenant.get();
        if (landed != null) {
          land(mine, landed, null);
          return CompletableFuture.completedFuture(landed);
        }
        CompletableFuture<TenantInfo> answer;
        try {
          answer = lookupTransport.executeAsync(lookupApi.getTenant(tenantId()));
        } catch (RuntimeException | Error e) {
          land(mine, null, e);
          return CompletableFuture.failedFuture(e);
        }
        answer.thenApply(this::connected).whenComplete((found, error) -> land(mine, found, Async.unwrap(error)));
        return mine.thenApply(host -> host);
      }
    }
  }

  private long tenantId() {
    return settings.tenantId().orElseThrow();
  }

  private TenantHost connected(TenantInfo info) {
    long tenantId = tenantId();
    String domain = Optional.ofNullable(info).flatMap(TenantInfo::domain).orElse(null);
    HttpUrl base = HostUrls.lookedUpTenantApi(tenantId, domain, authRoot);
    LOG.get().debug("tenant {} is served by {}", tenantId, base);
    return connect(base);
  }

  /**
   * Ends the lookup in flight. A found host was stored before, so a caller that takes the next
   * lookup slot reads it there first instead of looking it up again.
   */
  private void land(CompletableFuture<TenantHost> mine, TenantHost found, Throwable failure) {
    lookup.compareAndSet(mine, null);
    if (failure == null) {
      mine.complete(found);
    } else {
      mine.completeExceptionally(failure);
    }
  }

  private static TenantHost await(CompletableFuture<TenantHost> shared) {
    try {
      return shared.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw e;
    }
  }

  /**
   * Creates the tenant host's transport once; a host another caller connected first wins. A host
   * connected by a lookup that landed after {@link #close()} is closed at once.
   */
  private TenantHost connect(HttpUrl base) {
    ApiTransport.Builder builder = ApiTransport.builder(options.withBaseUrl(base))
        .apiName(API_NAME)
        .authenticator(bearer)
        .errorParser(new KiboErrorParser())
        .secretFields(SECRET_FIELDS)
        .secretValues(sharedSecret)
        .shareConnectionsWith(authTransport);
    tenantHeaders.forEach(builder::defaultHeader);
    TenantHost built = new TenantHost(builder.build());
    if (tenant.compareAndSet(null, built)) {
      if (closed) {
        built.transport().close();
      }
      return built;
    }
    built.transport().close();
    return tenant.get();
  }

  @Override
  public void close() {
    closed = true;
    TenantHost t = tenant.get();
    if (t != null) {
      t.transport().close();
    }
    lookupTransport.close();
    authTransport.close();
  }
}
