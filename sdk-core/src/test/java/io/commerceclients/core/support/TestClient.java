package io.commerceclients.core.support;

import io.commerceclients.core.http.ClientBuilder;
import io.commerceclients.core.http.ClientOptions;
import io.commerceclients.core.internal.auth.RequestAuthenticator;
import io.commerceclients.core.internal.error.ErrorBodyParser;
import io.commerceclients.core.internal.http.ApiTransport;

/** A minimal client built the way the real clients are, for tests of the transport. */
public final class TestClient implements AutoCloseable {
  public final ApiTransport transport;
  public final TestApi api;

  private TestClient(ApiTransport transport) {
    this.transport = transport;
    this.api = transport.create(TestApi.class);
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void close() {
    transport.close();
  }

  public static final class Builder extends ClientBuilder<Builder, TestClient> {
    private RequestAuthenticator authenticator;
    private ErrorBodyParser parser = ErrorBodyParser.generic();

    public Builder authenticator(RequestAuthenticator authenticator) {
      this.authenticator = authenticator;
      return this;
    }

    public Builder errorParser(ErrorBodyParser parser) {
      this.parser = parser;
      return this;
    }

    @Override
    protected void applyEnvironment(io.commerceclients.core.http.EnvironmentVariables env) {
      env.ifSet("TEST_BASE_URL", this::baseUrl);
    }

    @Override
    protected Builder self() {
      return this;
    }

    public ClientOptions options() {
      return options("https://api.example.invalid");
    }

    @Override
    public TestClient build() {
      return new TestClient(ApiTransport.builder(options()).apiName("test").authenticator(authenticator)
          .errorParser(parser).secretFields("signature_key").build());
    }
  }
}
