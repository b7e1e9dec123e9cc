package io.commerceclients.core.error;

import io.commerceclients.core.internal.error.ParsedError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the SDK knows about a failed call: status, the API's error code and message, field errors,
 * request id, raw body, method and redacted URL. Built by the transport, read through {@link
 * ApiException}.
 */
public final class ErrorDetails {

  private final int statusCode;
  private final @Nullable String errorCode;
  private final @Nullable String apiMessage;
  private final @Nullable String message;
  private final List<FieldError> fieldErrors;
  private final @Nullable String requestId;
  private final @Nullable String rawBody;
  private final @Nullable String method;
  private final @Nullable String url;
  private final @Nullable Duration retryAfter;

  private ErrorDetails(Builder b) {
    this.statusCode = b.statusCode;
    this.errorCode = b.errorCode;
    this.apiMessage = b.apiMessage;
    this.message = b.message;
    this.fieldErrors = List.copyOf(b.fieldErrors);
    this.requestId = b.requestId;
    this.rawBody = b.rawBody;
    this.method = b.method;
    this.url = b.url;
    this.retryAfter = b.retryAfter;
  }

  /** Starts an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the HTTP status, or 0 when no response was received. */
  public int statusCode() {
    return statusCode;
  }

  /** Returns the API's error code, when it sent one. */
  public Optional<String> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /** Returns the API's error message, when it sent one. */
  public Optional<String> apiMessage() {
    return Optional.ofNullable(apiMessage);
  }

  /** Returns the field errors the API listed (empty when it listed none). */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }

  /** Returns the request or correlation id, when the API sent one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Returns the raw response body, capped, when there was one. */
  public Optional<String> rawBody() {
    return Optional.ofNullable(rawBody);
  }

  /** Returns the HTTP method of the failed request. */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /** Returns the redacted URL of the failed request. */
  public Optional<String> url() {
    return Optional.ofNullable(url);
  }

  /** Returns the delay the API asked for with {@code Retry-After}, when it sent one. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }

  /**
   * Returns the exception message: {@code "GET https://host/path -> 404 order_not_found: Order not
   * found (request-id: abc)"}.
   */
  public String describe() {
    StringBuilder s = new StringBuilder();
    if (method != null) {
      s.append(method).append(' ');
    }
    if (url != null) {
      s.append(url).append(' ');
    }
    if (s.length() > 0) {
      s.append("-> ");
    }
    if (statusCode > 0) {
      s.append(statusCode);
    }
    if (errorCode != null) {
      s.append(statusCode > 0 ? " " : "").append(errorCode);
    }
    String text = apiMessage != null ? apiMessage : message;
    if (text != null) {
      s.append(statusCode > 0 || errorCode != null ? ": " : "").append(text);
    }
    if (!fieldErrors.isEmpty()) {
      s.append(" ").append(fieldErrors);
    }
    if (requestId != null) {
      s.append(" (request-id: ").append(requestId).append(')');
    }
    return s.toString().trim();
  }

  @Override
  public String toString() {
    return "ErrorDetails{" + describe() + "}";
  }

  /** Builds {@link ErrorDetails}. */
  public static final class Builder {
    private int statusCode;
    private @Nullable String errorCode;
    private @Nullable String apiMessage;
    private @Nullable String message;
    private final List<FieldError> fieldErrors = new ArrayList<>();
    private @Nullable String requestId;
    private @Nullable String rawBody;
    private @Nullable String method;
    private @Nullable String url;
    private @Nullable Duration retryAfter;

    private Builder() {}

    /** Sets the HTTP status (0 for none). */
    public Builder statusCode(int statusCode) {
      this.statusCode = statusCode;
      return this;
    }

    /** Sets the API's error code. */
    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    /** Sets the API's error message. */
    public Builder apiMessage(@Nullable String apiMessage) {
      this.apiMessage = apiMessage;
      return this;
    }

    /** Sets the SDK's own description, used when the API gave no message. */
    public Builder message(@Nullable String message) {
      this.message = message;
      return this;
    }

    /** Adds field errors. */
    public Builder addFieldErrors(List<FieldError> errors) {
      this.fieldErrors.addAll(Objects.requireNonNull(errors));
      return this;
    }

    /** Sets the request or correlation id. */
    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Sets the raw (already capped) response body. */
    public Builder rawBody(@Nullable String rawBody) {
      this.rawBody = rawBody;
      return this;
    }

    /** Sets the HTTP method. */
    public Builder method(@Nullable String method) {
      this.method = method;
      return this;
    }

    /** Sets the redacted URL. */
    public Builder url(@Nullable String url) {
      this.url = url;
      return this;
    }

    /** Sets the delay asked for with {@code Retry-After}. */
    public Builder retryAfter(@Nullable Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** Applies what an API-specific parser read from the error body. */
    public Builder apply(ParsedError parsed) {
      parsed.code().ifPresent(this::errorCode);
      parsed.message().ifPresent(this::apiMessage);
      addFieldErrors(parsed.fieldErrors());
      return this;
    }

    /** Builds the details. */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
