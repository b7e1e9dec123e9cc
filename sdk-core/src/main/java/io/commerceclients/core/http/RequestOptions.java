package io.commerceclients.core.http;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.retry.RetryPolicy;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Settings for the calls made through a view of a client ({@code client.withOptions(o -> ...)}):
 * a total timeout, the retries, extra headers and query parameters. Whatever is not set keeps the
 * client's own setting. Options never change whom the client talks to nor how it authenticates:
 * the base URL, credentials and proxy stay builder-only, a header named like a credential is
 * refused, and extra headers and parameters are sent only to the API's own hosts.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();
  private static final Pattern CREDENTIAL_LIKE = Pattern.compile(
      "(?i).*(authorization|cookie|api[-_]?key|token|secret|password|passwd|credential|signature|session).*");
  private static final java.util.Set<String> TRANSPORT_HEADERS = java.util.Set.of(
      "host", "content-length", "content-type", "transfer-encoding", "connection", "user-agent", "accept-encoding");

  private final Duration timeout;
  private final Integer maxRetries;
  private final RetryPolicy retryPolicy;
  private final Boolean retryRateLimited;
  private final Map<String, String> headers;
  private final Map<String, String> queryParameters;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.retryPolicy = b.retryPolicy;
    this.retryRateLimited = b.retryRateLimited;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.queryParameters = Collections.unmodifiableMap(new LinkedHashMap<>(b.queryParameters));
  }

  /** Returns options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Starts a builder with nothing set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options, to add to them. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxRetries = maxRetries;
    b.retryPolicy = retryPolicy;
    b.retryRateLimited = retryRateLimited;
    b.headers.putAll(headers);
    b.queryParameters.putAll(queryParameters);
    return b;
  }

  /** Returns the deadline of a whole call, retry waits included, when set. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Returns the extra headers, sent to the API's hosts only. */
  public Map<String, String> headers() {
    return headers;
  }

  /** Returns the extra query parameters, sent to the API's hosts only. */
  public Map<String, String> queryParameters() {
    return queryParameters;
  }

  /** Returns the retry policy these options give a client whose own policy is {@code base}. */
  public RetryPolicy retryPolicy(RetryPolicy base) {
    RetryPolicy policy = retryPolicy != null ? retryPolicy : base;
    if (maxRetries == null && retryRateLimited == null) {
      return policy;
    }
    RetryPolicy.Builder b = policy.toBuilder();
    if (maxRetries != null) {
      b.maxRetries(maxRetries);
    }
    if (retryRateLimited != null) {
      b.retryRateLimitedRequests(retryRateLimited);
    }
    return b.build();
  }

  /** Returns true if nothing is set. */
  public boolean isEmpty() {
    return timeout == null && maxRetries == null && retryPolicy == null && retryRateLimited == null
        && headers.isEmpty() && queryParameters.isEmpty();
  }

  /** Returns these options with {@code other}'s settings laid over them (other wins where both set one). */
  public RequestOptions merge(RequestOptions other) {
    Builder b = toBuilder();
    if (other.timeout != null) {
      b.timeout = other.timeout;
    }
    if (other.maxRetries != null) {
      b.maxRetries = other.maxRetries;
    }
    if (other.retryPolicy != null) {
      b.retryPolicy = other.retryPolicy;
    }
    if (other.retryRateLimited != null) {
      b.retryRateLimited = other.retryRateLimited;
    }
    b.headers.putAll(other.headers);
    b.queryParameters.putAll(other.queryParameters);
    return b.build();
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries + ", retryPolicy=" + retryPolicy
        + ", retryRateLimited=" + retryRateLimited + ", headers=" + headers.keySet()
        + ", queryParameters=" + queryParameters.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; each setter checks its value at once. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private RetryPolicy retryPolicy;
    private Boolean retryRateLimited;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the deadline of each whole call, retry waits included.
     *
     * @throws io.commerceclients.core.validation.ValidationException if it is not positive
     */
    public Builder timeout(Duration timeout) {
      Check.that(timeout != null && !timeout.isNegative() && !timeout.isZero(), "timeout",
          "must be a positive duration, got " + timeout);
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets how many retries follow a failed attempt (0 turns retries off), keeping the rest of the policy.
     *
     * @throws io.commerceclients.core.validation.ValidationException if it is negative or over 100
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = (int) Check.inRange(maxRetries, 0, 100, "maxRetries");
      return this;
    }

    /** Replaces the retry policy. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Check.required(policy, "retryPolicy");
      return this;
    }

    /** Sets whether a 429 is retried whatever the method (default true: the server refused it unprocessed). */
    public Builder retryRateLimited(boolean retry) {
      this.retryRateLimited = retry;
      return this;
    }

    /**
     * Adds a header sent with each call to the API's own hosts (never to storage or other hosts).
     *
     * @throws io.commerceclients.core.validation.ValidationException if the name looks like a
     *     credential ({@code Authorization}, {@code X-API-Key}, {@code Cookie}, anything with token,
     *     secret, password, key…), is one the HTTP stack sets itself, or name or value is not
     *     printable ASCII; the message never shows the value
     */
    public Builder header(String name, String value) {
      Check.notBlank(name, "header name");
      Check.that(name.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != ':'), "header name",
          "must be printable ASCII without spaces or ':'");
      Check.that(!CREDENTIAL_LIKE.matcher(name).matches(), "header " + name,
          "looks like a credential; credentials are set on the client's builder, never per call");
      Check.that(!TRANSPORT_HEADERS.contains(name.toLowerCase(Locale.ROOT)), "header " + name,
          "is set by the HTTP stack itself");
      Check.that(value != null && value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f)),
          "header " + name, "must have a printable ASCII value without line breaks");
      headers.put(name, value);
      return this;
    }

    /**
     * Adds a query parameter sent with each call to the API's own hosts.
     *
     * @throws io.commerceclients.core.validation.ValidationException if the name is blank or looks
     *     like a credential, or the value is null
     */
    public Builder queryParameter(String name, String value) {
      Check.notBlank(name, "query parameter name");
      Check.that(!CREDENTIAL_LIKE.matcher(name).matches(), "query parameter " + name,
          "looks like a credential; credentials are set on the client's builder, never per call");
      queryParameters.put(name, Check.required(value, "query parameter " + name));
      return this;
    }

    /** Builds the options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
