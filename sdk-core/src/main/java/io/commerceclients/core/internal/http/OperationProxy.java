package io.commerceclients.core.internal.http;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import retrofit2.Retrofit;

/**
 * The implementation of a Retrofit interface: a {@link QueryOperation} for each method that only
 * reads with query parameters, Retrofit's own implementation (made on first use) for every other
 * method.
 */
final class OperationProxy implements InvocationHandler {
  private static final Object[] NO_ARGS = new Object[0];

  private final Retrofit retrofit;
  private final Class<?> service;
  private final Lazy<Object> retrofitImplementation;
  private final QueryCall.Starter starter;
  private final Map<Method, Optional<QueryOperation<?>>> operations = new ConcurrentHashMap<>();

  private OperationProxy(Retrofit retrofit, Class<?> service, QueryCall.Starter starter) {
    this.retrofit = retrofit;
    this.service = service;
    this.retrofitImplementation = Lazy.of(() -> retrofit.create(service));
    this.starter = starter;
  }

  /** Creates the implementation of {@code service}. */
  static <T> T create(Retrofit retrofit, Class<T> service, QueryCall.Starter starter) {
    return service.cast(Proxy.newProxyInstance(service.getClassLoader(), new Class<?>[] {service},
        new OperationProxy(retrofit, service, starter)));
  }

  @Override
  public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
    Optional<QueryOperation<?>> operation = method.getDeclaringClass() == Object.class || method.isDefault()
        ? Optional.empty()
        : operations.computeIfAbsent(method, m -> Optional.ofNullable(QueryOperation.of(retrofit, service, m)));
    if (operation.isPresent()) {
      return new QueryCall<>(operation.get(), proxy, args == null ? NO_ARGS : args, starter);
    }
    Object byRetrofit = retrofitImplementation.get();
    return Proxy.getInvocationHandler(byRetrofit).invoke(byRetrofit, method, args);
  }
}
