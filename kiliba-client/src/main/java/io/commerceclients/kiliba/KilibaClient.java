package io.commerceclients.kiliba;

import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.EnvironmentVariables;
import io.commerceclients.core.http.RawResponse;
import io.commerceclients.core.http.RequestOptions;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.customers.CustomersService;
import io.commerceclients.kiliba.emails.TransactionalEmailsService;
import io.commerceclients.kiliba.imports.ImportsService;
import io.commerceclients.kiliba.internal.DefaultKilibaClient;
import io.commerceclients.kiliba.internal.KilibaErrorParser;
import io.commerceclients.kiliba.stores.PhysicalStoresService;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The client of Kiliba's API. Create one per API key with {@link #builder()}, share it between
 * threads, and close it when done:
 *
 * <pre>{@code
 * try (KilibaClient kiliba = KilibaClient.builder().apiKey(System.getenv("KILIBA_API_KEY")).build()) {
 *   kiliba.customers().listAll(ListCustomersRequest.builder().build()).forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>Every call throws an unchecked {@link io.commerceclients.core.error.ApiException} subclass
 * when Kiliba answers with an error or cannot be reached, and a {@link
 * io.commerceclients.core.validation.ValidationException} before sending anything when an argument
 * breaks a documented limit. {@link #withOptions(Consumer)} gives a view with per-call options,
 * {@link #withRawResponse} a call's status, headers and request id, and {@link #async()} the same
 * operations returning futures.
 */
public interface KilibaClient extends AutoCloseable {

  /** Kiliba's production base URL. */
  String DEFAULT_BASE_URL = "https://api.kiliba.ai";

  /** Kiliba's pre-production base URL. */
  String PREPROD_BASE_URL = "https://preprod.api.kiliba.ai";

  /**
   * Builds a client from {@code KILIBA_API_KEY} and, when set, {@code KILIBA_BASE_URL}.
   *
   * @throws io.commerceclients.core.validation.ValidationException if the key is missing or invalid
   */
  static KilibaClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Starts a builder; {@link Builder#apiKey(String)} is required. */
  static Builder builder() {
    return new Builder();
  }

  /** Customers: list them page by page or all at once, blacklist and whitelist them. */
  CustomersService customers();

  /** Bulk imports of product categories, products, customer groups, customers, orders, carts and visits. */
  ImportsService imports();

  /** Physical-store file uploads: session, file transfer, completion and parsing status. */
  PhysicalStoresService physicalStores();

  /** Transactional emails. */
  TransactionalEmailsService transactionalEmails();

  /**
   * Returns a view of this client whose every call uses these options (a total timeout per call,
   * retries, extra headers and query parameters sent to Kiliba's host only), for example {@code
   * kiliba.withOptions(o -> o.timeout(Duration.ofSeconds(5)).header("X-Trace-Id", id))}. The view
   * shares this client's connections and threads, costs a few small objects (no Retrofit work),
   * and leaves this client unchanged; options of a view of a view are merged, the later winning.
   * Its {@code close()} does nothing: close the original client.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a header looks like a
   *     credential or is one the client sets itself ({@code X-API-Key}), or a value is invalid
   */
  KilibaClient withOptions(Consumer<RequestOptions.Builder> options);

  /**
   * Returns a view of this client whose every call uses these options; see {@link
   * #withOptions(Consumer)}.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a header is one the client
   *     sets itself ({@code X-API-Key})
   */
  KilibaClient withOptions(RequestOptions options);

  /**
   * Runs {@code call} on this client and returns its result with the HTTP it took: status, headers
   * and request id of the last answer, and every exchange the call made on this thread, for example
   * {@code kiliba.withRawResponse(c -> c.customers().list(request))}. The request id of a
   * successful call is what to paste into a Kiliba support ticket. Bodies are already decoded
   * (Kiliba has no streamed answers); error statuses still throw the typed exception (which carries
   * its own request id).
   *
   * @throws io.commerceclients.core.error.ApiException what {@code call} throws
   */
  <T> RawResponse<T> withRawResponse(Function<KilibaClient, T> call);

  /**
   * Returns the asynchronous twin of this client (of this view, with its options): the same
   * services, returning futures, on the same connections; see {@link KilibaAsyncClient}.
   */
  KilibaAsyncClient async();

  /** Releases the client's connections and threads (does nothing on a view from {@link #withOptions(RequestOptions)}). */
  @Override
  void close();

  /**
   * Builds a {@link KilibaClient}. Besides the API key, it takes the options every client of this
   * SDK shares (base URL, timeouts, retries, proxy, logging…); the base URL defaults to {@value
   * KilibaClient#DEFAULT_BASE_URL}.
   */
  final class Builder extends ClientBuilder<Builder, KilibaClient> {
    private String apiKey;

    private Builder() {}

    /** Sets the API key from the Integrations page of the Kiliba dashboard; sent as {@code X-API-Key}. */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Reads the API key from {@code KILIBA_API_KEY} and, when set, the base URL from {@code
     * KILIBA_BASE_URL} (through {@link #fromEnv()} or {@link #environment(java.util.Map)}).
     */
    @Override
    protected void applyEnvironment(EnvironmentVariables env) {
      env.ifSet("KILIBA_API_KEY", this::apiKey);
      env.ifSet("KILIBA_BASE_URL", this::baseUrl);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws io.commerceclients.core.validation.ValidationException if the API key is missing or
     *     blank, or another setting is invalid
     */
    @Override
    public KilibaClient build() {
      ClientOptions options = options(DEFAULT_BASE_URL);
      ApiTransport transport = ApiTransport.builder(options)
          .apiName("kiliba")
          .authenticator(new ApiKeyAuthenticator("X-API-Key", apiKey))
          .errorParser(new KilibaErrorParser())
          .secretFields("X-Amz-Signature", "X-Amz-Credential", "X-Amz-Security-Token", "Signature")
          .build();
      return new DefaultKilibaClient(transport);
    }

    @Override
    public String toString() {
      return "KilibaClient.Builder{apiKey=" + (apiKey == null ? "null" : "****") + "}";
    }
  }
}
