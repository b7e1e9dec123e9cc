package io.commerceclients.core.internal.logging;

import io.commerceclients.core.internal.io.BodyDeadline;
import io.commerceclients.core.logging.HttpLogLevel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.GzipSource;
import okio.Okio;

/**
 * A network interceptor that logs each HTTP exchange at the configured {@link HttpLogLevel}, with
 * credentials redacted. Bodies are logged only when small, textual and replayable: streamed
 * uploads and downloads are never read for logging.
 */
public final class HttpLoggingInterceptor implements Interceptor {
  /** The largest body logged, in bytes. */
  static final long MAX_LOGGED_BODY = 16 * 1024;
  private static final LazyLogger LOG = LazyLogger.named("io.commerceclients.http");

  private final HttpLogLevel level;
  private final Redactor redactor;
  private final BodyDeadline bodyDeadline;

  /** Creates the interceptor; a body read whole is read for the log within {@code bodyDeadline}. */
  public HttpLoggingInterceptor(HttpLogLevel level, Redactor redactor, BodyDeadline bodyDeadline) {
    this.level = level;
    this.redactor = redactor;
    this.bodyDeadline = bodyDeadline;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (level == HttpLogLevel.NONE || !LOG.get().isInfoEnabled()) {
      return chain.proceed(request);
    }
    SentSecrets sent = redactor.forRequest(request);
    StringBuilder out = new StringBuilder("--> ").append(request.method()).append(' ')
        .append(redactor.url(request));
    if (level.compareTo(HttpLogLevel.HEADERS) >= 0) {
      appendHeaders(out, request.headers(), sent);
    }
    if (level == HttpLogLevel.BODY) {
      appendRequestBody(out, request, sent);
    }
    LOG.get().info(out.toString());

    long start = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      LOG.get().info("<-- {} {} failed: {}", request.method(), redactor.url(request),
          sent.echoed(e.toString()));
      throw e;
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    StringBuilder in = new StringBuilder("<-- ").append(response.code()).append(' ')
        .append(request.method()).append(' ').append(redactor.url(request))
        .append(" (").append(millis).append(" ms)");
    if (level.compareTo(HttpLogLevel.HEADERS) >= 0) {
      appendHeaders(in, response.headers(), sent);
    }
    if (level == HttpLogLevel.BODY && Redactor.isSecretAnswer(request) && response.isSuccessful()) {
      in.append("\n  (body not logged: it carries a credential)");
    } else if (level == HttpLogLevel.BODY) {
      try {
        appendResponseBody(in, response, sent);
      } catch (IOException unreadable) {
        in.append("\n  (body not logged: ").append(unreadable.getClass().getSimpleName()).append(')');
        LOG.get().info(in.toString());
        throw unreadable;
      }
    }
    LOG.get().info(in.toString());
    return response;
  }

  private static void appendHeaders(StringBuilder s, Headers headers, SentSecrets sent) {
    for (int i = 0; i < headers.size(); i++) {
      s.append("\n  ").append(headers.name(i)).append(": ")
          .append(sent.header(headers.name(i), headers.value(i)));
    }
  }

  private static void appendRequestBody(StringBuilder s, Request request, SentSecrets sent) throws IOException {
    RequestBody body = request.body();
    if (body == null) {
      return;
    }
    long length = body.contentLength();
    if (!isText(body.contentType()) || body.isOneShot() || body.isDuplex() || length < 0 || length > MAX_LOGGED_BODY) {
      s.append("\n  (body of ").append(length < 0 ? "unknown" : length + "-byte").append(" length not logged)");
      return;
    }
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    s.append("\n  ").append(sent.echoed(buffer.readString(StandardCharsets.UTF_8)));
  }

  /**
   * Appends up to {@link #MAX_LOGGED_BODY} bytes of the body, read ahead without consuming it.
   *
   * @throws IOException if the body cannot be read (cut short, silent, or past its deadline): the
   *     caller could not read it either, since the connection is then closed
   */
  private void appendResponseBody(StringBuilder s, Response response, SentSecrets sent) throws IOException {
    ResponseBody body = response.body();
    if (body == null) {
      return;
    }
    String encoding = response.header("Content-Encoding");
    boolean gzip = "gzip".equalsIgnoreCase(encoding);
    if (!isText(body.contentType()) || (!gzip && body.contentLength() > MAX_LOGGED_BODY)
        || (encoding != null && !gzip && !"identity".equalsIgnoreCase(encoding))) {
      s.append("\n  (body not logged)");
      return;
    }
    long deadline = BodyDeadline.readsWhole(response) ? bodyDeadline.apply(body.source()) : Long.MAX_VALUE;
    BufferedSource peek = body.source().peek();
    BufferedSource text = gzip ? Okio.buffer(new GzipSource(peek)) : peek;
    Buffer head = new Buffer();
    try {
      text.request(MAX_LOGGED_BODY + 1);
    } catch (IOException unreadable) {
      throw bodyDeadline.failure(unreadable, deadline, body.source().getBuffer().size());
    }
    text.read(head, Math.min(text.getBuffer().size(), MAX_LOGGED_BODY + 1));
    if (head.size() > MAX_LOGGED_BODY) {
      s.append("\n  (body over ").append(MAX_LOGGED_BODY).append(" bytes not logged)");
      return;
    }
    s.append("\n  ").append(sent.echoed(head.readString(StandardCharsets.UTF_8)));
  }

  private static boolean isText(MediaType type) {
    if (type == null) {
      return false;
    }
    String subtype = type.subtype().toLowerCase(java.util.Locale.ROOT);
    return type.type().equals("text") || subtype.contains("json") || subtype.equals("x-www-form-urlencoded")
        || subtype.contains("xml");
  }
}
