package io.commerceclients.benchmarks;

import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.imports.Product;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The same generated products, as SDK models and as the maps the baseline writes. */
final class Products {
  private static final OffsetDateTime DATE = OffsetDateTime.parse("2025-01-01T00:00:00Z");

  private Products() {}

  static Stream<Product> models(int count) {
    return IntStream.range(0, count).mapToObj(i -> Product.builder()
        .id(KilibaId.of("p" + i))
        .putName("en", "Product " + i)
        .putDescription("en", "A fine product number " + i)
        .price(new BigDecimal("19.99"))
        .priceWithTax(new BigDecimal("23.99"))
        .quantity(100L)
        .inStock(true)
        .relativeUrl("/products/" + i)
        .absoluteUrl("https://shop.example/products/" + i)
        .addCategory(KilibaId.of("c1"))
        .defaultCategoryId(KilibaId.of("c1"))
        .createdAt(DATE)
        .updatedAt(DATE)
        .build());
  }

  static Map<String, Object> map(int i) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", "p" + i);
    p.put("name", Map.of("en", "Product " + i));
    p.put("description", Map.of("en", "A fine product number " + i));
    p.put("price", new BigDecimal("19.99"));
    p.put("priceWithTax", new BigDecimal("23.99"));
    p.put("quantity", 100L);
    p.put("inStock", true);
    p.put("relativeUrl", "/products/" + i);
    p.put("absoluteUrl", "https://shop.example/products/" + i);
    p.put("categories", List.of("c1"));
    p.put("defaultCategoryId", "c1");
    p.put("createdAt", "2025-01-01T00:00:00Z");
    p.put("updatedAt", "2025-01-01T00:00:00Z");
    return p;
  }
}
