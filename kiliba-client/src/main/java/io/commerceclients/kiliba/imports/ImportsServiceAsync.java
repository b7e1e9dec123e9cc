package io.commerceclients.kiliba.imports;

import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;

/**
 * Kiliba's bulk imports without blocking a thread, the twin of {@link ImportsService}: for example
 * {@code client.async().imports().products().send(products)}, which returns an {@link ImportFuture}.
 */
public interface ImportsServiceAsync {

  /** Imports product categories. */
  BulkImportAsync<ProductCategory> productCategories();

  /** Imports products and product variants, or deletes them with {@link Product#deletion}. */
  BulkImportAsync<Product> products();

  /** Imports customer groups. */
  BulkImportAsync<CustomerGroup> customerGroups();

  /** Imports customers, or deletes them with {@link ImportCustomer#deletion}. */
  BulkImportAsync<ImportCustomer> customers();

  /** Imports orders. */
  BulkImportAsync<Order> orders();

  /** Imports carts. */
  BulkImportAsync<Cart> carts();

  /** Imports product and category visits. */
  BulkImportAsync<Visit> visits();
}
