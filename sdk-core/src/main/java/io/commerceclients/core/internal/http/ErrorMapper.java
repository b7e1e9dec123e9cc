package io.commerceclients.core.internal.http;

import io.commerceclients.core.error.ApiException;
import io.commerceclients.core.error.ApiTimeoutException;
import io.commerceclients.core.error.ErrorDetails;
import io.commerceclients.core.error.ErrorKind;
import io.commerceclients.core.error.FieldError;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.core.error.TransportException;
import io.commerceclients.core.http.HttpExchange;
import io.commerceclients.core.internal.error.ErrorBodyParser;
import io.commerceclients.core.internal.error.ParsedError;
import io.commerceclients.core.internal.error.ProtocolIOException;
import io.commerceclients.core.internal.logging.MaskedFailure;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.logging.SentSecrets;
import io.commerceclients.core.internal.retry.RetryAfter;
import io.commerceclients.core.internal.retry.RetryDecision;
import io.commerceclients.core.internal.retry.RetryInterceptor;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import retrofit2.Invocation;

/** Turns error answers and I/O failures into the SDK's typed exceptions; never throws while doing it. */
final class ErrorMapper {
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
    SentSecrets sent = redactor.forRequest(response.request());
    String read = readCapped(errorBody);
    String body = reachesCap(read) ? sent.maskCut(read) : sent.mask(read);
    ParsedError parsed;
    try {
      parsed = parser.parse(response.code(), body == null ? "" : body);
      parsed = parsed == null ? ParsedError.empty() : masked(parsed, sent);
    } catch (RuntimeException unreadable) {
      parsed = ParsedError.empty();
    }
    ErrorDetails.Builder details = ErrorDetails.builder()
        .statusCode(response.code())
        .method(request.method())
        .url(redactor.url(request))
        .requestId(requestId(response))
        .rawBody(body == null || body.isEmpty() ? null : sent.echoed(body))
        .message(response.message() == null || response.message().isEmpty()
            ? "HTTP " + response.code() : sent.echoed(response.message()))
        .apply(parsed);
    RetryAfter.parse(response.header("Retry-After"), clock).ifPresent(details::retryAfter);
    ErrorKind kind = parsed.kind().orElse(ErrorKind.forStatus(response.code()));
    return kind.toException(details.build());
  }

  /**
   * Returns the parsed error with its code, message and field errors masked as the raw body is, so
   * that the exception's message never shows what {@code rawBody()} hides.
   */
  private static ParsedError masked(ParsedError parsed, SentSecrets sent) {
    List<FieldError> fieldErrors = new ArrayList<>(parsed.fieldErrors().size());
    for (FieldError error : parsed.fieldErrors()) {
      fieldErrors.add(new FieldError(sent.echoed(error.field()), sent.echoed(error.message()),
          sent.echoed(error.code().orElse(null))));
    }
    ParsedError masked = ParsedError.of(sent.echoed(parsed.code().orElse(null)),
        sent.echoed(parsed.message().orElse(null)), fieldErrors);
    return parsed.kind().map(masked::withKind).orElse(masked);
  }

  ApiException transportFailure(Request request, IOException failure) {
    if (failure instanceof ProtocolIOException) {
      return protocolError(request, operation(request) + ": " + redactor.echoed(failure.getMessage(), request), failure);
    }
    if (RetryDecision.isRedirectLoop(failure)) {
      return protocolError(request, operation(request) + ": the server redirected it more than 20 times", failure);
    }
    ErrorDetails details = ErrorDetails.builder()
        .method(request.method())
        .url(redactor.url(request))
        .message(redactor.echoed(describe(failure), request))
        .build();
    boolean timeout = failure instanceof SocketTimeoutException
        || (failure instanceof InterruptedIOException && "timeout".equals(failure.getMessage()));
    Throwable cause = MaskedFailure.of(failure, redactor.forRequest(request));
    return timeout ? new ApiTimeoutException(details, cause) : new TransportException(details, cause);
  }

  /** The thread was interrupted before or while the call ran; the call was cancelled and the flag stays set. */
  ApiException interrupted(Request request, IOException failure) {
    ErrorDetails details = ErrorDetails.builder()
        .method(request.method())
        .url(redactor.url(request))
        .message("the calling thread was interrupted; the request was cancelled")
        .build();
    return new TransportException(details, failure);
  }

  ApiException unreadable(Request request, IOException failure) {
    if (Redactor.isSecretAnswer(request)) {
      ErrorDetails details = ErrorDetails.builder().method(request.method()).url(redactor.url(request))
          .message(operation(request) + ": " + AnswerProblem.describeWithoutValues(failure)).build();
      return new ProtocolException(details, MaskedFailure.withoutMessages(failure));
    }
    return protocolError(request, operation(request) + ": " + redactor.echoed(AnswerProblem.describe(failure), request), failure);
  }

  /** The success answer had no body where the operation expects one (a 204, or an empty 200). */
  ApiException missingBody(Request request, okhttp3.Response response) {
    String message = operation(request) + ": the API answered " + response.code()
        + " with no body (or a JSON null) where a JSON answer was expected";
    ErrorDetails details = ErrorDetails.builder()
        .statusCode(response.code())
        .method(request.method())
        .url(redactor.url(request))
        .requestId(requestId(response))
        .message(message)
        .build();
    return new ProtocolException(details, null);
  }

  /** The answer breaks the operation's contract in a way the client found after decoding it: {@code problem}. */
  ApiException contractBreach(Request request, String problem) {
    return protocolError(request, operation(request) + ": " + problem, null);
  }

  private ApiException protocolError(Request request, String message, Throwable cause) {
    ErrorDetails details = ErrorDetails.builder()
        .method(request.method())
        .url(redactor.url(request))
        .message(message)
        .build();
    return new ProtocolException(details, MaskedFailure.of(cause, redactor.forRequest(request)));
  }

  /**
   * Names the operation: the API interface's method and its path template (such as {@code
   * KarlaApi.getShop (GET /v1/shops/{slug})}), else the method and path sent.
   */
  static String operation(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation == null) {
      return request.method() + " " + request.url().encodedPath();
    }
    Method method = invocation.method();
    String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
    String template = pathTemplate(method);
    return template == null ? name : name + " (" + request.method() + " /" + template + ")";
  }

  /** Returns the Retrofit method's name (such as {@code searchOrders}), or {@code http} for a request built by hand. */
  static String operationName(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    return invocation == null ? "http" : invocation.method().getName();
  }

  /** Returns the path template of the request's Retrofit method ({@code /v1/shops/{slug}}), or {@code none}. */
  static String uriTemplate(Request request) {
    Invocation invocation = request.tag(Invocation.class);
    String template = invocation == null ? null : pathTemplate(invocation.method());
    return template == null ? "none" : "/" + template;
  }

  /** Returns the request id the answer carries, by the client's header names, sent credentials masked. */
  String requestIdOf(okhttp3.Response response) {
    return requestId(response);
  }

  private static String pathTemplate(Method method) {
    for (Annotation annotation : method.getAnnotations()) {
      String type = annotation.annotationType().getName();
      if (type.startsWith("retrofit2.http.") && !type.endsWith("Streaming") && !type.endsWith("Headers")
          && !type.endsWith("Multipart") && !type.endsWith("FormUrlEncoded")) {
        try {
          Object path = annotation.annotationType().getMethod(type.endsWith(".HTTP") ? "path" : "value").invoke(annotation);
          if (path instanceof String) {
            String p = (String) path;
            return p.startsWith("/") ? p.substring(1) : p;
          }
        } catch (ReflectiveOperationException notAnHttpMethod) {
          // an annotation without a path
        }
      }
    }
    return null;
  }

  /** Returns the record of an exchange for a raw response: no body, secrets masked. */
  HttpExchange exchange(okhttp3.Response response) {
    SentSecrets sent = redactor.forRequest(response.request());
    Map<String, List<String>> headers = new LinkedHashMap<>();
    for (String name : response.headers().names()) {
      List<String> values = new ArrayList<>();
      for (String value : response.headers(name)) {
        values.add(sent.header(name, value));
      }
      headers.put(name.toLowerCase(Locale.ROOT), values);
    }
    return new HttpExchange(response.request().method(), redactor.url(response.request()), response.code(),
        headers, requestId(response));
  }

  /** Returns the answer's request id with any credential the request sent masked: a server may echo one there. */
  private String requestId(okhttp3.Response response) {
    for (String name : requestIdHeaders) {
      String value = response.header(name);
      if (value != null && !value.isBlank()) {
        return redactor.forRequest(response.request()).mask(value);
      }
    }
    return null;
  }

  private static String describe(IOException failure) {
    String message = failure.getMessage();
    return "request failed: " + failure.getClass().getSimpleName() + (message == null ? "" : " (" + firstLine(message) + ")");
  }

  private static String firstLine(String s) {
    return AnswerProblem.firstLine(s);
  }

  /** Returns true if the body read is as long as its cap, so it may end in the middle of an echoed secret. */
  private static boolean reachesCap(String body) {
    return body != null && body.length() >= RetryInterceptor.MAX_ERROR_BODY / 4
        && body.getBytes(StandardCharsets.UTF_8).length >= RetryInterceptor.MAX_ERROR_BODY;
  }

  /** Reads at most {@value RetryInterceptor#MAX_ERROR_BODY} bytes (after decompression) and closes the body. */
  private static String readCapped(ResponseBody body) {
    if (body == null) {
      return null;
    }
    try (body) {
      BufferedSource source = body.source();
      source.request(RetryInterceptor.MAX_ERROR_BODY);
      Buffer buffer = source.getBuffer();
      long size = Math.min(buffer.size(), RetryInterceptor.MAX_ERROR_BODY);
      return buffer.clone().readString(size, StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
