package io.commerceclients.karla.internal;

import io.commerceclients.core.json.Json;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a search request model into query parameters named and formatted as on the wire. */
final class Queries {

  private Queries() {}

  /** Returns the request's present fields as wire-named query parameters, in declaration order. */
  static Map<String, String> of(Object request) {
    Map<String, Object> fields =
        Json.mapper().convertValue(request, Json.mapper().getTypeFactory()
            .constructMapType(LinkedHashMap.class, String.class, Object.class));
    Map<String, String> query = new LinkedHashMap<>();
    fields.forEach(
        (name, value) -> {
          if (value != null) {
            query.put(
                name,
                value instanceof BigDecimal
                    ? ((BigDecimal) value).toPlainString()
                    : String.valueOf(value));
          }
        });
    return query;
  }
}
