package io.commerceclients.karla;

import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.EnvironmentVariables;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.BasicAuthenticator;
import io.commerceclients.core.internal.auth.Secrets;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.campaign.CampaignsService;
import io.commerceclients.karla.claim.ClaimsService;
import io.commerceclients.karla.discount.DealsService;
import io.commerceclients.karla.internal.KarlaTransports;
import io.commerceclients.karla.order.OrdersService;
import io.commerceclients.karla.order.ShipmentsService;
import io.commerceclients.karla.org.OrganizationsService;
import io.commerceclients.karla.shop.ShopsService;
import io.commerceclients.karla.webhook.WebhooksService;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Entry point of the Karla API (post-purchase tracking). Shop-scoped services are on {@link
 * #shop(String)}; the shortcuts {@link #orders()} and friends use the default shop.
 *
 * <pre>{@code
 * try (KarlaClient karla = KarlaClient.builder().shop("my-shop").apiKey(key).build()) {
 *   karla.orders().place(order);
 *   for (Order o : karla.orders().searchAll(OrderSearchRequest.builder().build())) { ... }
 * }
 * }</pre>
 *
 * <p>The client is thread-safe; close it to release its connections.
 */
public interface KarlaClient extends AutoCloseable {

  /** The API's base URL, used unless {@link Builder#baseUrl(String)} says otherwise. */
  String DEFAULT_BASE_URL = "https://api.gokarla.io";

  /**
   * Builds a client from {@code KARLA_USERNAME}, {@code KARLA_API_KEY}, {@code KARLA_SHOP}, {@code
   * KARLA_BASE_URL} and {@code KARLA_VERSION}.
   *
   * @throws ValidationException if a required variable is missing or a value is invalid
   */
  static KarlaClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Returns a builder; an API key and a shop or username are required. */
  static Builder builder() {
    return new Builder();
  }

  /** Returns the default shop's slug (the builder's shop, else the username). */
  String defaultShop();

  /**
   * Returns the services of the shop with this slug.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the slug is blank, {@code .} or {@code ..}
   */
  KarlaShop shop(String slug);

  /** Returns the services of the default shop. */
  default KarlaShop shop() {
    return shop(defaultShop());
  }

  /** Searches and creates shops. */
  ShopsService shops();

  /** Returns the organizations service. */
  OrganizationsService organizations();

  /** Returns the deals service. */
  DealsService deals();

  /** Shortcut for {@code shop().orders()}. */
  default OrdersService orders() {
    return shop().orders();
  }

  /** Shortcut for {@code shop().shipments()}. */
  default ShipmentsService shipments() {
    return shop().shipments();
  }

  /** Shortcut for {@code shop().claims()}. */
  default ClaimsService claims() {
    return shop().claims();
  }

  /** Shortcut for {@code shop().campaigns()}. */
  default CampaignsService campaigns() {
    return shop().campaigns();
  }

  /** Shortcut for {@code shop().webhooks()}. */
  default WebhooksService webhooks() {
    return shop().webhooks();
  }

  /**
   * Returns a view of this client whose every call uses {@code options} (a total timeout, retries,
   * extra headers and query parameters) laid over this client's own; for example {@code
   * karla.withOptions(o -> o.timeout(Duration.ofSeconds(5)).header("X-Trace", id))}. The view is
   * cheap (it shares this client's connections, threads and Retrofit proxies) and a view of a view
   * merges their options. Its {@code close()} does nothing: close the original client.
   *
   * @throws ValidationException if a header is a credential or one the client sets itself
   *     ({@code Authorization}, {@code Karla-Version})
   */
  default KarlaClient withOptions(Consumer<RequestOptions.Builder> options) {
    RequestOptions.Builder builder = RequestOptions.builder();
    Check.required(options, "options").accept(builder);
    return withOptions(builder.build());
  }

  /**
   * Returns a view of this client whose every call uses {@code options}; as {@link
   * #withOptions(Consumer)}.
   *
   * @throws ValidationException if a header is a credential or one the client sets itself
   */
  KarlaClient withOptions(RequestOptions options);

  /**
   * Runs {@code call} on this client and returns its result with the HTTP exchanges it made: the
   * status, headers and request id of each answer, for example {@code karla.withRawResponse(c ->
   * c.shop().get()).requestId()}. The request id of a successful call is what to paste into a
   * Karla support ticket. Only exchanges made on the calling thread during {@code call} are
   * recorded, so a listing records the pages {@code call} itself reads; an error answer still
   * throws its typed exception. Nothing is buffered for it: a streamed body stays streamed.
   */
  <T> RawResponse<T> withRawResponse(Function<KarlaClient, T> call);

  /**
   * Returns the asynchronous twin of this client (or view), sharing its connections, threads and
   * options; it needs no closing of its own.
   */
  KarlaAsyncClient async();

  /** Releases the client's connections and threads (unless they came from a shared OkHttpClient); a view's does nothing. */
  @Override
  void close();

  /**
   * Builds a {@link KarlaClient}. Besides the options every client has (timeouts, retries,
   * logging, proxy, base URL…), it takes the credentials, the default shop and the API version.
   */
  final class Builder extends ClientBuilder<Builder, KarlaClient> {
    private String username;
    private String apiKey;
    private String shop;
    private String karlaVersion;

    private Builder() {}

    /** Sets the API key's user name (default: the shop slug). */
    public Builder username(@org.jspecify.annotations.Nullable String username) {
      this.username = username;
      return this;
    }

    /** Sets the API key, sent as the Basic password (required). */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /** Sets the default shop's slug (default: the username). */
    public Builder shop(@org.jspecify.annotations.Nullable String slug) {
      this.shop = slug;
      return this;
    }

    /** Pins the API version sent as {@code Karla-Version} (a date, YYYY-MM-DD); none by default. */
    public Builder karlaVersion(@org.jspecify.annotations.Nullable String version) {
      this.karlaVersion = version;
      return this;
    }

    /**
     * Reads {@code KARLA_USERNAME}, {@code KARLA_API_KEY}, {@code KARLA_SHOP}, {@code
     * KARLA_BASE_URL} and {@code KARLA_VERSION} when they are set (through {@link #fromEnv()} or
     * {@link #environment(java.util.Map)}).
     */
    @Override
    protected void applyEnvironment(EnvironmentVariables env) {
      env.ifSet("KARLA_USERNAME", this::username);
      env.ifSet("KARLA_API_KEY", this::apiKey);
      env.ifSet("KARLA_SHOP", this::shop);
      env.ifSet("KARLA_BASE_URL", this::baseUrl);
      env.ifSet("KARLA_VERSION", this::karlaVersion);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws ValidationException if the API key is missing, neither shop nor username is set, the
     *     version is not a date, or the base URL is plain http to a host other than loopback
     */
    @Override
    public KarlaClient build() {
      ClientOptions options = options(DEFAULT_BASE_URL);
      String user = username != null ? username : shop;
      String defaultShop = shop != null ? shop : username;
      Check.that(user != null && !user.isBlank(), "username",
          "is required (or set shop(..): the username defaults to the shop slug)");
      Check.pathSegment(defaultShop, "shop");
      if (karlaVersion != null) {
        try {
          LocalDate.parse(karlaVersion);
        } catch (DateTimeParseException e) {
          throw new ValidationException("karlaVersion", "must be a date YYYY-MM-DD, got '" + karlaVersion + "'");
        }
      }
      ApiTransport.Builder transport =
          ApiTransport.builder(options)
              .apiName("karla")
              .authenticator(new BasicAuthenticator(user, Secrets.requireSecretWithoutControls(apiKey, "apiKey")))
              .secretFields("api_key", "client_secret", "secret");
      if (karlaVersion != null) {
        transport.defaultHeader("Karla-Version", karlaVersion);
      }
      return KarlaTransports.client(transport, defaultShop);
    }
  }
}
