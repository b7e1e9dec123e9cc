package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collections;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.CallAdapter;
import retrofit2.Converter;
import retrofit2.Invocation;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Query;

/**
 * A Retrofit interface method that reads a fixed path with {@code @Query} parameters only, such as
 * a listing. Its URL is resolved against the base URL once and its converters looked up once, so a
 * call builds its request in one pass, with the transport's tags and headers, instead of Retrofit
 * building one and the transport copying it. The URL, the query encoding (Retrofit's own string
 * converters, nulls skipped, one parameter per element of a list), the {@link Invocation} tag and
 * the decoding of the answer are Retrofit's; any other method goes through Retrofit itself.
 */
final class QueryOperation<T> {
  private final Class<?> service;
  private final Method method;
  private final HttpUrl url;
  private final String[] names;
  private final boolean[] iterable;
  private final Converter<Object, String>[] converters;
  private final Converter<ResponseBody, T> decoder;

  private QueryOperation(Class<?> service, Method method, HttpUrl url, String[] names, boolean[] iterable,
      Converter<Object, String>[] converters, Converter<ResponseBody, T> decoder) {
    this.service = service;
    this.method = method;
    this.url = url;
    this.names = names;
    this.iterable = iterable;
    this.converters = converters;
    this.decoder = decoder;
  }

  /**
   * Returns the operation for {@code method}, or null if Retrofit must build its requests: any other
   * shape, a type Retrofit would refuse, a converter it could not find (Retrofit then reports it, for
   * the method), or a Retrofit with a callback executor or call adapters of its own.
   */
  static @Nullable QueryOperation<?> of(Retrofit retrofit, Class<?> service, Method method) {
    if (retrofit.callbackExecutor() != null) {
      return null;
    }
    for (CallAdapter.Factory factory : retrofit.callAdapterFactories()) {
      if (!retrofit2(factory.getClass())) {
        return null;
      }
    }
    try {
      return shaped(retrofit, service, method);
    } catch (RuntimeException noConverter) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static @Nullable QueryOperation<?> shaped(Retrofit retrofit, Class<?> service, Method method) {
    GET get = method.getAnnotation(GET.class);
    if (get == null || get.value().isEmpty() || get.value().indexOf('{') >= 0 || get.value().indexOf('?') >= 0
        || retrofitAnnotations(method.getAnnotations()) != 1 || method.getReturnType() != Call.class
        || !(method.getGenericReturnType() instanceof ParameterizedType)) {
      return null;
    }
    Type[] types = method.getGenericParameterTypes();
    Annotation[][] annotations = method.getParameterAnnotations();
    String[] names = new String[types.length];
    boolean[] iterable = new boolean[types.length];
    Converter<Object, String>[] converters = new Converter[types.length];
    for (int i = 0; i < types.length; i++) {
      Query query = only(annotations[i]);
      if (query == null || query.encoded()) {
        return null;
      }
      Type type = types[i];
      Class<?> raw = rawType(type);
      if (raw == null || raw.isArray()) {
        return null;
      }
      if (Iterable.class.isAssignableFrom(raw)) {
        if (!(type instanceof ParameterizedType)) {
          return null;
        }
        type = ((ParameterizedType) type).getActualTypeArguments()[0];
        iterable[i] = true;
      }
      if (!resolved(type)) {
        return null;
      }
      names[i] = query.value();
      converters[i] = retrofit.stringConverter(type, annotations[i]);
    }
    HttpUrl resolved = retrofit.baseUrl().resolve(get.value());
    if (resolved == null) {
      return null;
    }
    Type answer = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
    Class<?> answerClass = rawType(answer);
    if (!resolved(answer) || answerClass == null || answerClass == ResponseBody.class || answerClass == Void.class
        || answerClass == Response.class || answerClass == okhttp3.Response.class) {
      return null;
    }
    Converter<ResponseBody, Object> decoder = retrofit.responseBodyConverter(answer, method.getAnnotations());
    return new QueryOperation<>(service, method, resolved, names, iterable, converters, decoder);
  }

  private static int retrofitAnnotations(Annotation[] annotations) {
    int count = 0;
    for (Annotation a : annotations) {
      if (retrofit2(a.annotationType())) {
        count++;
      }
    }
    return count;
  }

  private static boolean retrofit2(Class<?> type) {
    return type.getName().startsWith("retrofit2.");
  }

  private static @Nullable Query only(Annotation[] annotations) {
    Query query = null;
    for (Annotation a : annotations) {
      if (retrofit2(a.annotationType())) {
        if (query != null || !(a instanceof Query)) {
          return null;
        }
        query = (Query) a;
      }
    }
    return query;
  }

  /** Whether {@code type} names no type variable or wildcard, which Retrofit refuses. */
  private static boolean resolved(Type type) {
    if (type instanceof Class) {
      return true;
    }
    if (type instanceof ParameterizedType) {
      for (Type argument : ((ParameterizedType) type).getActualTypeArguments()) {
        if (!resolved(argument)) {
          return false;
        }
      }
      return true;
    }
    if (type instanceof java.lang.reflect.GenericArrayType) {
      return resolved(((java.lang.reflect.GenericArrayType) type).getGenericComponentType());
    }
    return false;
  }

  private static @Nullable Class<?> rawType(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    return null;
  }

  /** Returns the URL of the request for {@code args}: the resolved path and the query parameters given. */
  HttpUrl url(Object[] args) throws IOException {
    HttpUrl.Builder query = null;
    for (int i = 0; i < names.length; i++) {
      Object value = args[i];
      if (value == null) {
        continue;
      }
      if (query == null) {
        query = url.newBuilder();
      }
      if (iterable[i]) {
        for (Object element : (Iterable<?>) value) {
          add(query, i, element);
        }
      } else {
        add(query, i, value);
      }
    }
    return query == null ? url : query.build();
  }

  /** Returns a builder of the GET of {@code url}, tagged with its {@link Invocation} as Retrofit tags it. */
  Request.Builder request(Object instance, Object[] args, HttpUrl url) {
    return new Request.Builder().url(url).tag(Invocation.class, invocation(instance, args.clone()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private Invocation invocation(Object instance, Object[] args) {
    return Invocation.of((Class) service, instance, method, Collections.unmodifiableList(Arrays.asList(args)));
  }

  private void add(HttpUrl.Builder query, int i, @Nullable Object value) throws IOException {
    if (value == null) {
      return;
    }
    String text = converters[i].convert(value);
    if (text != null) {
      query.addQueryParameter(names[i], text);
    }
  }

  /** Turns OkHttp's answer into Retrofit's, as Retrofit does: an error body buffered, 204 and 205 empty. */
  Response<T> answer(okhttp3.Response raw) throws IOException {
    ResponseBody body = raw.body();
    okhttp3.Response bare = raw.newBuilder().body(new Drained(body.contentType(), body.contentLength())).build();
    int code = bare.code();
    if (code < 200 || code >= 300) {
      try {
        okio.Buffer copy = new okio.Buffer();
        body.source().readAll(copy);
        return Response.error(ResponseBody.create(copy, body.contentType(), body.contentLength()), bare);
      } finally {
        body.close();
      }
    }
    if (code == 204 || code == 205) {
      body.close();
      return Response.success(null, bare);
    }
    try {
      return Response.success(decoder.convert(body), bare);
    } finally {
      body.close();
    }
  }

  /** The body left on a decoded answer: its type and length, no content (Retrofit's too). */
  private static final class Drained extends ResponseBody {
    private final @Nullable MediaType type;
    private final long length;

    Drained(@Nullable MediaType type, long length) {
      this.type = type;
      this.length = length;
    }

    @Override
    public @Nullable MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return length;
    }

    @Override
    public BufferedSource source() {
      throw new IllegalStateException("the body of a decoded answer is gone; read the decoded value instead");
    }
  }
}
