package io.commerceclients.kiliba;

import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.http.EnvironmentVariables;
import io.commerceclients.core.internal.auth.ApiKeyAuthenticator;
import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.customers.CustomersService;
import io.commerceclients.kiliba.emails.TransactionalEmailsService;
import io.commerceclients.kiliba.imports.ImportsService;
import io.commerceclients.kiliba.internal.DefaultKilibaClient;
import io.commerceclients.kiliba.internal.KilibaErrorParser;
import io.commerceclients.kiliba.stores.PhysicalStoresService;

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
 * breaks a documented limit.
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

  /** Releases the client's connections and threads. */
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
