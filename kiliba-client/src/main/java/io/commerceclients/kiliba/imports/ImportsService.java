package io.commerceclients.kiliba.imports;

import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;

/**
 * Kiliba's bulk import of your own data (a beta feature Kiliba enables per account), for example
 * {@code client.imports().products().send(products)}.
 */
public interface ImportsService {

  /** Imports product categories. */
  BulkImport<ProductCategory> productCategories();

  /** Imports products and product variants, or deletes them with {@link Product#deletion}. */
  BulkImport<Product> products();

  /** Imports customer groups. */
  BulkImport<CustomerGroup> customerGroups();

  /** Imports customers, or deletes them with {@link ImportCustomer#deletion}. */
  BulkImport<ImportCustomer> customers();

  /** Imports orders. */
  BulkImport<Order> orders();

  /** Imports carts. */
  BulkImport<Cart> carts();

  /** Imports product and category visits. */
  BulkImport<Visit> visits();
}
