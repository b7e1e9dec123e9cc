package io.commerceclients.kiliba.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
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

/**
 * Checks import records against the limits Kiliba documents, before anything is sent. Each failure
 * names the field with the item's index ({@code products[12].price}) and the limit.
 */
final class ImportValidator {

  /** The largest serialised {@code metadata}, in bytes (2 KB read as the stricter 2,000 bytes). */
  static final int MAX_METADATA_BYTES = 2_000;

  private ImportValidator() {}

  static void productCategory(ProductCategory c, long index) {
    At at = new At("productCategories", index);
    required(c, at, "");
    required(c.id(), at, ".id");
    required(c.name(), at, ".name");
    metadata(c.metadata(), at, ".metadata");
  }

  static void product(Product p, long index) {
    At at = new At("products", index);
    required(p, at, "");
    required(p.id(), at, ".id");
    if (p.deleted().orElse(false)) {
      return;
    }
    if (p.name().isEmpty()) {
      fail(at, ".name", "is required (a map with at least one ISO 639-1 language code) unless deleted is true");
    }
    languageKeys(p.name(), at, ".name");
    languageKeys(p.description(), at, ".description");
    nonNegative(present(p.price(), at, ".price"), at, ".price");
    nonNegative(present(p.priceWithTax(), at, ".priceWithTax"), at, ".priceWithTax");
    for (int i = 0; i < p.promotions().size(); i++) {
      Promotion promo = p.promotions().get(i);
      At pat = at.in(".promotions", i);
      nonNegative(promo.price(), pat, ".price");
      nonNegative(promo.priceWithTax(), pat, ".priceWithTax");
    }
    quantity(present(p.quantity(), at, ".quantity"), at, ".quantity");
    present(p.inStock(), at, ".inStock");
    present(p.relativeUrl(), at, ".relativeUrl");
    absoluteUri(present(p.absoluteUrl(), at, ".absoluteUrl"), at, ".absoluteUrl");
    nonEmpty(p.categories(), at, ".categories");
    present(p.defaultCategoryId(), at, ".defaultCategoryId");
    present(p.createdAt(), at, ".createdAt");
    present(p.updatedAt(), at, ".updatedAt");
    metadata(p.metadata(), at, ".metadata");
  }

  static void customerGroup(CustomerGroup g, long index) {
    At at = new At("customerGroups", index);
    required(g, at, "");
    required(g.id(), at, ".id");
    required(g.name(), at, ".name");
    metadata(g.metadata(), at, ".metadata");
  }

  static void customer(ImportCustomer c, long index) {
    At at = new At("customers", index);
    required(c, at, "");
    required(c.id(), at, ".id");
    if (c.deleted().orElse(false)) {
      return;
    }
    email(present(c.email(), at, ".email"), at, ".email");
    if (c.gender().isPresent()) {
      int g = c.gender().get();
      if (g < 0 || g > 2) {
        fail(at, ".gender", "must be 0, 1 or 2 (was " + g + ")");
      }
    }
    present(c.emailMarketingConsent(), at, ".emailMarketingConsent");
    present(c.smsMarketingConsent(), at, ".smsMarketingConsent");
    nonEmpty(c.shopIds(), at, ".shopIds");
    present(c.defaultShopId(), at, ".defaultShopId");
    nonEmpty(c.customerGroupIds(), at, ".customerGroupIds");
    present(c.defaultCustomerGroupId(), at, ".defaultCustomerGroupId");
    language(present(c.langIsoCode(), at, ".langIsoCode"), at, ".langIsoCode");
    present(c.createdAt(), at, ".createdAt");
    present(c.updatedAt(), at, ".updatedAt");
    metadata(c.metadata(), at, ".metadata");
    flat(c.customFields(), at, ".customFields");
  }

  static void order(Order o, long index) {
    At at = new At("orders", index);
    required(o, at, "");
    required(o.id(), at, ".id");
    required(o.status(), at, ".status");
    if (o.customer().isPresent()) {
      customerReference(o.customer().get(), at);
    }
    required(o.shopId(), at, ".shopId");
    nonNegative(o.amount(), at, ".amount");
    nonNegative(o.amountWithTax(), at, ".amountWithTax");
    lines(o.products(), at);
    required(o.createdAt(), at, ".createdAt");
    required(o.updatedAt(), at, ".updatedAt");
    metadata(o.metadata(), at, ".metadata");
  }

  static void cart(Cart c, long index) {
    At at = new At("carts", index);
    required(c, at, "");
    required(c.id(), at, ".id");
    if (c.customer().isPresent()) {
      customerReference(c.customer().get(), at);
    }
    required(c.shopId(), at, ".shopId");
    language(c.langIsoCode(), at, ".langIsoCode");
    nonNegative(c.amount(), at, ".amount");
    nonNegative(c.amountWithTax(), at, ".amountWithTax");
    lines(c.products(), at);
    required(c.createdAt(), at, ".createdAt");
    required(c.updatedAt(), at, ".updatedAt");
    metadata(c.metadata(), at, ".metadata");
  }

  static void visit(Visit v, long index) {
    At at = new At("visits", index);
    required(v, at, "");
    email(v.email(), at, ".email");
    absoluteUri(v.url(), at, ".url");
    required(v.date(), at, ".date");
    if (v.productId().isEmpty()) {
      fail(at, ".productId", "is required (Kiliba's reference requires it for every visit, category visits too)");
    }
    metadata(v.metadata(), at, ".metadata");
  }

  private static void customerReference(CustomerReference c, At at) {
    if (c.email().isPresent()) {
      email(c.email().get(), at, ".customer.email");
    }
  }

  private static void lines(List<LineItem> lines, At at) {
    required(lines, at, ".products");
    for (int i = 0; i < lines.size(); i++) {
      LineItem line = lines.get(i);
      At lat = at.in(".products", i);
      required(line, lat, "");
      required(line.id(), lat, ".id");
      quantity(line.quantity(), lat, ".quantity");
      nonNegative(line.amount(), lat, ".amount");
      nonNegative(line.amountWithTax(), lat, ".amountWithTax");
    }
  }

  private static void email(String value, At at, String field) {
    required(value, at, field);
    if (!Check.isEmail(value)) {
      Check.email(value, at.field(field));
    }
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

  private static void absoluteUri(String value, At at, String field) {
    required(value, at, field);
    boolean absolute = isPlainHttpUrl(value);
    if (!absolute) {
      try {
        absolute = new URI(value).isAbsolute();
      } catch (URISyntaxException e) {
        absolute = false;
      }
    }
    if (!absolute) {
      fail(at, field, "must be an absolute URI (was \"" + value + "\")");
    }
  }

  private static void language(String value, At at, String field) {
    required(value, at, field);
    if (!isLanguageCode(value)) {
      fail(at, field, "must be a 2-letter ISO 639-1 code (was \"" + value + "\")");
    }
  }

  private static void languageKeys(Map<String, String> translations, At at, String field) {
    for (String key : translations.keySet()) {
      if (!isLanguageCode(key)) {
        fail(at, field, "keys must be 2-letter ISO 639-1 codes (was \"" + key + "\")");
      }
    }
  }

  /** Two ASCII letters, as {@code ^[A-Za-z]{2}$} matches, without a regular expression. */
  static boolean isLanguageCode(String value) {
    return value.length() == 2 && isAsciiLetter(value.charAt(0)) && isAsciiLetter(value.charAt(1));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static void quantity(long value, At at, String field) {
    if (value < 0 || value > Product.MAX_QUANTITY) {
      fail(at, field, "must be between 0 and " + Product.MAX_QUANTITY + " (was " + value + ")");
    }
  }

  private static void nonNegative(BigDecimal value, At at, String field) {
    required(value, at, field);
    if (value.signum() < 0) {
      fail(at, field, "must be >= 0 (was " + value.toPlainString() + ")");
    }
  }

  private static void nonEmpty(Collection<?> values, At at, String field) {
    if (values == null || values.isEmpty()) {
      fail(at, field, "must contain at least 1 item (was empty)");
    }
  }

  private static void metadata(Map<String, Object> metadata, At at, String field) {
    if (metadata.isEmpty()) {
      return;
    }
    int bytes;
    try {
      bytes = Json.mapper().writeValueAsBytes(metadata).length;
    } catch (JsonProcessingException e) {
      fail(at, field, "cannot be serialised to JSON: " + e.getOriginalMessage());
      return;
    }
    if (bytes > MAX_METADATA_BYTES) {
      fail(at, field, "must be at most " + MAX_METADATA_BYTES + " bytes serialised (was " + bytes + " bytes)");
    }
  }

  /** Kiliba documents {@code customFields} as "flat": each value a string, number or boolean, never an object or array. */
  private static void flat(Map<String, Object> fields, At at, String field) {
    for (Map.Entry<String, Object> entry : fields.entrySet()) {
      Object value = entry.getValue();
      boolean nested = value instanceof JsonNode ? ((JsonNode) value).isContainerNode()
          : value instanceof Map || value instanceof Iterable || (value != null && value.getClass().isArray());
      if (nested) {
        fail(at, field + "." + entry.getKey(), "must be a string, number or boolean, since customFields is flat (was "
            + value.getClass().getSimpleName() + ")");
      }
    }
  }

  private static <V> V present(Optional<V> value, At at, String field) {
    if (value.isEmpty()) {
      fail(at, field, "is required unless deleted is true");
    }
    return value.get();
  }

  private static void required(Object value, At at, String field) {
    if (value == null) {
      fail(at, field, "is required");
    }
  }

  private static void fail(At at, String field, String message) {
    throw new ValidationException(at.field(field), message);
  }

  /**
   * Where a check is, such as {@code products[12]} or {@code orders[3].products[1]}: the text is
   * built only for a failure's message, since most items pass.
   */
  static final class At {
    private final At parent;
    private final String list;
    private final long index;

    At(String list, long index) {
      this(null, list, index);
    }

    private At(At parent, String list, long index) {
      this.parent = parent;
      this.list = list;
      this.index = index;
    }

    /** The item {@code index} of the list {@code field} (such as {@code .promotions}) of this item. */
    At in(String field, long index) {
      return new At(this, field, index);
    }

    /** The path of this item's {@code field} ({@code ".price"}, or {@code ""} for the item itself). */
    String field(String field) {
      return (parent == null ? "" : parent.field("")) + list + "[" + index + "]" + field;
    }
  }
}
