package io.commerceclients.core.internal.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Collection;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Refuses an answer that is a JSON array holding a {@code null} where an item was expected (a list
 * operation's {@code [null, {...}]}), so that no caller receives a list with a null in it: the
 * transport turns the failure into a {@link io.commerceclients.core.error.ProtocolException} naming
 * the operation and the item's index, as it does for any answer it cannot read.
 */
final class NullItemRefusal {

  private NullItemRefusal() {}

  /** Wraps a converter factory so that its response converters refuse a collection holding a null. */
  static Converter.Factory refusing(Converter.Factory delegate) {
    return new Converter.Factory() {
      @Override
      public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations, Retrofit retrofit) {
        Converter<ResponseBody, ?> converter = delegate.responseBodyConverter(type, annotations, retrofit);
        if (converter == null) {
          return null;
        }
        return body -> check(converter.convert(body));
      }

      @Override
      public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
          Annotation[] methodAnnotations, Retrofit retrofit) {
        return delegate.requestBodyConverter(type, parameterAnnotations, methodAnnotations, retrofit);
      }
    };
  }

  private static <T> T check(T answer) throws JsonMappingException {
    if (answer instanceof Collection) {
      int index = 0;
      for (Object item : (Collection<?>) answer) {
        if (item == null) {
          JsonMappingException refused = JsonMappingException.from((JsonParser) null,
              "a JSON null where an item was expected");
          refused.prependPath(answer, index);
          throw refused;
        }
        index++;
      }
    }
    return answer;
  }
}
