package io.commerceclients.core.internal.http;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Carries an {@link Error} thrown while an answer was decoded (a {@code StackOverflowError} on a
 * deeply nested body, an {@code OutOfMemoryError}) through Retrofit, which otherwise rethrows it on
 * OkHttp's thread and never completes an asynchronous call. The transport throws the original
 * {@link #error()} to a blocking caller and completes an asynchronous call's future with it.
 */
final class FatalDecodingError extends IOException {
  private final Error error;

  FatalDecodingError(Error error) {
    super("decoding the answer failed with " + error.getClass().getSimpleName(), error);
    this.error = error;
  }

  Error error() {
    return error;
  }

  /** Wraps a converter factory so that its response converters carry an {@link Error} out as this exception. */
  static Converter.Factory guarding(Converter.Factory delegate) {
    return new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> converter = delegate.responseBodyConverter(type, annotations, retrofit);
        if (converter == null) {
          return null;
        }
        return body -> {
          try {
            return converter.convert(body);
          } catch (VirtualMachineError | LinkageError fatal) {
            throw new FatalDecodingError(fatal);
          }
        };
      }

      @Override
      public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
          Annotation[] methodAnnotations, Retrofit retrofit) {
        return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
      }
    };
  }
}
