package io.commerceclients.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.commerceclients.core.json.Json;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.Request;
import retrofit2.Call;
import retrofit2.Invocation;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Checks that every method of a Retrofit interface that the transport builds requests for itself
 * ({@link QueryOperation}) gets the URL Retrofit would build, for awkward values of each parameter
 * type: reserved and non-ASCII characters, lists with a null element, nulls. For the clients' tests.
 */
public final class RequestEquivalence {
  private static final String AWKWARD = "a b&c=d/é?#+%25;,";

  private RequestEquivalence() {}

  /** Compares both for each qualifying method of {@code api}; returns how many methods qualified. */
  public static int check(Class<?> api) throws Throwable {
    Retrofit retrofit = new Retrofit.Builder().baseUrl("https://api.example.invalid/base/v1/")
        .addConverterFactory(JacksonConverterFactory.create(Json.mapper())).build();
    Object byRetrofit = retrofit.create(api);
    int qualified = 0;
    for (Method method : api.getDeclaredMethods()) {
      if (method.isDefault() || java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      QueryOperation<?> operation = QueryOperation.of(retrofit, api, method);
      if (operation == null) {
        continue;
      }
      qualified++;
      for (Object[] args : samples(method)) {
        Request expected = ((Call<?>) java.lang.reflect.Proxy.getInvocationHandler(byRetrofit)
            .invoke(byRetrofit, method, args.clone())).request();
        HttpUrl url = operation.url(args);
        Request actual = operation.request(byRetrofit, args, url).build();
        String where = api.getSimpleName() + "." + method.getName() + Arrays.toString(args);
        assertEquals(expected.url().toString(), actual.url().toString(), where);
        assertEquals(expected.method(), actual.method(), where);
        assertEquals(expected.headers(), actual.headers(), where);
        assertSame(method, actual.tag(Invocation.class).method(), where);
        assertEquals(expected.tag(Invocation.class).arguments(), actual.tag(Invocation.class).arguments(), where);
      }
    }
    return qualified;
  }

  /** Three sets of arguments: all awkward values, all null, and the first alone. */
  private static List<Object[]> samples(Method method) {
    Type[] types = method.getGenericParameterTypes();
    Object[] awkward = new Object[types.length];
    Object[] nulls = new Object[types.length];
    Object[] first = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      awkward[i] = sample(types[i], i);
      nulls[i] = types[i] instanceof Class && ((Class<?>) types[i]).isPrimitive() ? awkward[i] : null;
      first[i] = i == 0 ? awkward[i] : nulls[i];
    }
    return List.of(awkward, nulls, first);
  }

  private static Object sample(Type type, int i) {
    if (type instanceof ParameterizedType) {
      Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
      List<Object> list = new ArrayList<>();
      list.add(sample(element, i));
      list.add(null);
      list.add(sample(element, i + 1));
      return list;
    }
    Class<?> raw = (Class<?>) type;
    if (raw == String.class) {
      return AWKWARD + i;
    }
    if (raw == Integer.class || raw == int.class) {
      return -7 - i;
    }
    if (raw == Long.class || raw == long.class) {
      return 9_000_000_000L + i;
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return i % 2 == 0;
    }
    if (raw.isEnum()) {
      return raw.getEnumConstants()[i % raw.getEnumConstants().length];
    }
    throw new IllegalArgumentException("no sample value for " + type + "; add one to RequestEquivalence");
  }
}
