package io.commerceclients.core.http;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.ErrorBodyParser;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.error.ErrorKind;
import io.commerceclients.core.error.ParsedError;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.logging.Redactor;
import io.commerceclients.core.retry.RetryAfter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Turns error answers and I/O failures into the SDK's typed exceptions; never throws while doing it. */
final class ErrorMapper {
  static final int MAX_RAW_BODY = 64 * 1024;

  private final ErrorBodyParser parser;
  private final Redactor redactor;
  private final Clock clock;
  private final List<String> requestIdHeaders;

  ErrorMapper(ErrorBodyParser parser, Redactor redactor, Clock clock, List<String> requestIdHeaders) {
    this.parser = parser;
    this.redactor = redactor;
    this.clock = clock;
    this.requestIdHeaders = List.copyOf(requestIdHeaders);
  }

  ApiException errorResponse(Request request, okhttp3.Response response, ResponseBody errorBody) {
    String body = readCapped(errorBody);
    ParsedError parsed;
    try {
      parsed = parser.parse(response.code(), body == null ? "" : body);
      if (parsed == null) {
        parsed = ParsedError.empty();
      }
    } catch (RuntimeException unreadable) {
      parsed = ParsedError.empty();
    }
    ErrorDetails.Builder details = ErrorDetails.builder()
        .statusCode(response.code())
        .method(request.method())
        .url(redactor.url(request.url()))
        .requestId(requestId(response))
        .rawBody(body == null || body.isEmpty() ? null : redactor.bodyEchoing(body, request.url()))
        .message(response.message() == null || response.message().isEmpty()
            ? "HTTP " + response.code() : response.message())
        .apply(parsed);
    RetryAfter.parse(response.header("Retry-After"), clock).ifPresent(details::retryAfter);
    ErrorKind kind = parsed.kind().orElse(ErrorKind.forStatus(response.code()));
    return kind.toException(details.build());
  }

  ApiException transportFailure(Request request, IOException failure) {
    ErrorDetails details = ErrorDetails.builder()
        .method(request.method())
        .url(redactor.url(request.url()))
        .message(describe(failure))
        .build();
    boolean timeout = failure instanceof SocketTimeoutException
        || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()));
    return timeout ? new ApiTimeoutException(details, failure) : new TransportException(details, failure);
  }

  ApiException unreadable(Request request, IOException failure) {
    ErrorDetails details = ErrorDetails.builder()
        .method(request.method())
        .url(redactor.url(request.url()))
        .message("the response body could not be read as the expected JSON: " + firstLine(failure.getMessage()))
        .build();
    return new TransportException(details, failure);
  }

  private String requestId(okhttp3.Response response) {
    for (String name : requestIdHeaders) {
      String value = response.header(name);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String describe(IOException failure) {
    String message = failure.getMessage();
    return "request failed: " + failure.getClass().getSimpleName() + (message == null ? "" : " (" + firstLine(message) + ")");
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static String readCapped(ResponseBody body) {
    if (body == null) {
      return null;
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(MAX_RAW_BODY);
      Buffer buffer = source.getBuffer();
      long size = Math.min(buffer.size(), MAX_RAW_BODY);
      return buffer.clone().readString(size, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
