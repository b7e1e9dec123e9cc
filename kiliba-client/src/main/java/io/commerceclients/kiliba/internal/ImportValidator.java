package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.json.Json;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.CustomerReference;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.LineItem;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Promotion;
import io.commerceclients.kiliba.model.imports.Visit;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks import records against the limits Kiliba documents, before anything is sent. Each failure
 * names the field with the item's index ({@code products[12].price}) and the limit.
 */
final class ImportValidator {

  /** The largest serialised {@code metadata}, in bytes (2 KB read as the stricter 2,000 bytes). */
  static final int MAX_METADATA_BYTES = 2_000;

  private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2}$");

  private ImportValidator() {}

  static void productCategory(ProductCategory c, long index) {
    String at = "productCategories[" + index + "]";
    required(c, at);
    required(c.id(), at + ".id");
    notBlank(c.name(), at + ".name");
    metadata(c.metadata(), at + ".metadata");
  }

  static void product(Product p, long index) {
    String at = "products[" + index + "]";
    required(p, at);
    required(p.id(), at + ".id");
    if (p.deleted().orElse(false)) {
      return;
    }
    if (p.name().isEmpty()) {
      fail(at + ".name", "is required (a map with at least one ISO 639-1 language code) unless deleted is true");
    }
    languageKeys(p.name(), at + ".name");
    languageKeys(p.description(), at + ".description");
    nonNegative(present(p.price(), at + ".price"), at + ".price");
    nonNegative(present(p.priceWithTax(), at + ".priceWithTax"), at + ".priceWithTax");
    for (int i = 0; i < p.promotions().size(); i++) {
      Promotion promo = p.promotions().get(i);
      String pat = at + ".promotions[" + i + "]";
      nonNegative(promo.price(), pat + ".price");
      nonNegative(promo.priceWithTax(), pat + ".priceWithTax");
    }
    quantity(present(p.quantity(), at + ".quantity"), at + ".quantity");
    present(p.inStock(), at + ".inStock");
    notBlank(present(p.relativeUrl(), at + ".relativeUrl"), at + ".relativeUrl");
    absoluteUri(present(p.absoluteUrl(), at + ".absoluteUrl"), at + ".absoluteUrl");
    nonEmpty(p.categories(), at + ".categories");
    present(p.defaultCategoryId(), at + ".defaultCategoryId");
    present(p.createdAt(), at + ".createdAt");
    present(p.updatedAt(), at + ".updatedAt");
    metadata(p.metadata(), at + ".metadata");
  }

  static void customerGroup(CustomerGroup g, long index) {
    String at = "customerGroups[" + index + "]";
    required(g, at);
    required(g.id(), at + ".id");
    notBlank(g.name(), at + ".name");
    metadata(g.metadata(), at + ".metadata");
  }

  static void customer(ImportCustomer c, long index) {
    String at = "customers[" + index + "]";
    required(c, at);
    required(c.id(), at + ".id");
    if (c.deleted().orElse(false)) {
      return;
    }
    email(present(c.email(), at + ".email"), at + ".email");
    c.gender().ifPresent(g -> {
      if (g < 0 || g > 2) {
        fail(at + ".gender", "must be 0, 1 or 2 (was " + g + ")");
      }
    });
    present(c.emailMarketingConsent(), at + ".emailMarketingConsent");
    present(c.smsMarketingConsent(), at + ".smsMarketingConsent");
    nonEmpty(c.shopIds(), at + ".shopIds");
    present(c.defaultShopId(), at + ".defaultShopId");
    nonEmpty(c.customerGroupIds(), at + ".customerGroupIds");
    present(c.defaultCustomerGroupId(), at + ".defaultCustomerGroupId");
    language(present(c.langIsoCode(), at + ".langIsoCode"), at + ".langIsoCode");
    present(c.createdAt(), at + ".createdAt");
    present(c.updatedAt(), at + ".updatedAt");
    metadata(c.metadata(), at + ".metadata");
  }

  static void order(Order o, long index) {
    String at = "orders[" + index + "]";
    required(o, at);
    required(o.id(), at + ".id");
    notBlank(o.status(), at + ".status");
    o.customer().ifPresent(c -> customerReference(c, at + ".customer"));
    required(o.shopId(), at + ".shopId");
    nonNegative(o.amount(), at + ".amount");
    nonNegative(o.amountWithTax(), at + ".amountWithTax");
    lines(o.products(), at + ".products");
    required(o.createdAt(), at + ".createdAt");
    required(o.updatedAt(), at + ".updatedAt");
    metadata(o.metadata(), at + ".metadata");
  }

  static void cart(Cart c, long index) {
    String at = "carts[" + index + "]";
    required(c, at);
    required(c.id(), at + ".id");
    c.customer().ifPresent(r -> customerReference(r, at + ".customer"));
    required(c.shopId(), at + ".shopId");
    language(c.langIsoCode(), at + ".langIsoCode");
    nonNegative(c.amount(), at + ".amount");
    nonNegative(c.amountWithTax(), at + ".amountWithTax");
    lines(c.products(), at + ".products");
    required(c.createdAt(), at + ".createdAt");
    required(c.updatedAt(), at + ".updatedAt");
    metadata(c.metadata(), at + ".metadata");
  }

  static void visit(Visit v, long index) {
    String at = "visits[" + index + "]";
    required(v, at);
    email(v.email(), at + ".email");
    absoluteUri(v.url(), at + ".url");
    required(v.date(), at + ".date");
    if (v.productId().isEmpty()) {
      fail(at + ".productId", "is required (Kiliba's reference requires it for every visit, category visits too)");
    }
    metadata(v.metadata(), at + ".metadata");
  }

  private static void customerReference(CustomerReference c, String at) {
    c.email().ifPresent(e -> email(e, at + ".email"));
  }

  private static void lines(List<LineItem> lines, String at) {
    required(lines, at);
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      String lat = at + "[" + i + "]";
      required(line, lat);
      required(line.id(), lat + ".id");
      quantity(line.quantity(), lat + ".quantity");
      nonNegative(line.amount(), lat + ".amount");
      nonNegative(line.amountWithTax(), lat + ".amountWithTax");
    }
  }

  static void email(String value, String field) {
    required(value, field);
    Check.email(value, field);
  }

  /**
   * Recognises the common case, an http(s) URL made only of characters that are always legal in a
   * URI, without the cost of {@code java.net.URI} (most of an import's validation time); anything
   * else goes through {@code URI}.
   */
  static boolean isPlainHttpUrl(String value) {
    int start = value.startsWith("https://") ? 8 : value.startsWith("http://") ? 7 : -1;
    if (start < 0 || value.length() == start || "/?#".indexOf(value.charAt(start)) >= 0) {
      return false;
    }
    for (int i = start; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~:/?@!$&'()*+,;=".indexOf(c) >= 0;
      if (!safe) {
        return false;
      }
    }
    return true;
  }

  private static void absoluteUri(String value, String field) {
    required(value, field);
    boolean absolute = isPlainHttpUrl(value);
    if (!absolute) {
      try {
        absolute = new URI(value).isAbsolute();
      } catch (URISyntaxException e) {
        absolute = false;
      }
    }
    if (!absolute) {
      fail(field, "must be an absolute URI (was \"" + value + "\")");
    }
  }

  private static void language(String value, String field) {
    required(value, field);
    if (!LANGUAGE.matcher(value).matches()) {
      fail(field, "must be a 2-letter ISO 639-1 code (was \"" + value + "\")");
    }
  }

  private static void languageKeys(Map<String, String> translations, String field) {
    translations.keySet().forEach(key -> {
      if (!LANGUAGE.matcher(key).matches()) {
        fail(field, "keys must be 2-letter ISO 639-1 codes (was \"" + key + "\")");
      }
    });
  }

  private static void quantity(long value, String field) {
    if (value < 0 || value > Product.MAX_QUANTITY) {
      fail(field, "must be between 0 and " + Product.MAX_QUANTITY + " (was " + value + ")");
    }
  }

  private static void nonNegative(BigDecimal value, String field) {
    required(value, field);
    if (value.signum() < 0) {
      fail(field, "must be >= 0 (was " + value.toPlainString() + ")");
    }
  }

  private static void nonEmpty(Collection<?> values, String field) {
    if (values == null || values.isEmpty()) {
      fail(field, "must contain at least 1 item (was empty)");
    }
  }

  private static void metadata(Map<String, Object> metadata, String field) {
    if (metadata.isEmpty()) {
      return;
    }
    int bytes;
    try {
      bytes = Json.mapper().writeValueAsBytes(metadata).length;
    } catch (JsonProcessingException e) {
      fail(field, "cannot be serialised to JSON: " + e.getOriginalMessage());
      return;
    }
    if (bytes > MAX_METADATA_BYTES) {
      fail(field, "must be at most " + MAX_METADATA_BYTES + " bytes serialised (was " + bytes + " bytes)");
    }
  }

  private static void notBlank(String value, String field) {
    required(value, field);
    if (value.isBlank()) {
      fail(field, "must not be blank");
    }
  }

  private static <V> V present(Optional<V> value, String field) {
    if (value.isEmpty()) {
      fail(field, "is required unless deleted is true");
    }
    return value.get();
  }

  private static void required(Object value, String field) {
    if (value == null) {
      fail(field, "is required");
    }
  }

  private static void fail(String field, String message) {
    throw new ValidationException(field, message);
  }
}
