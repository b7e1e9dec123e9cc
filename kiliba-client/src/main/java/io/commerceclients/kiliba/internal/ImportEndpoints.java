package io.commerceclients.kiliba.internal;

import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;

/** Kiliba's seven import endpoints, built once per client and shared by its views and its async twin. */
final class ImportEndpoints {

  final ImportEndpoint<ProductCategory> productCategories;
  final ImportEndpoint<Product> products;
  final ImportEndpoint<CustomerGroup> customerGroups;
  final ImportEndpoint<ImportCustomer> customers;
  final ImportEndpoint<Order> orders;
  final ImportEndpoint<Cart> carts;
  final ImportEndpoint<Visit> visits;

  ImportEndpoints(KilibaApi api) {
    productCategories = new ImportEndpoint<>("product-categories", "productCategories", api::importProductCategories,
        ImportValidator::productCategory);
    products = new ImportEndpoint<>("products", "products", api::importProducts, ImportValidator::product);
    customerGroups = new ImportEndpoint<>("customer-groups", "customerGroups", api::importCustomerGroups,
        ImportValidator::customerGroup);
    customers = new ImportEndpoint<>("customers", "customers", api::importCustomers, ImportValidator::customer);
    orders = new ImportEndpoint<>("orders", "orders", api::importOrders, ImportValidator::order);
    carts = new ImportEndpoint<>("carts", "carts", api::importCarts, ImportValidator::cart);
    visits = new ImportEndpoint<>("visits", "visits", api::importVisits, ImportValidator::visit);
  }
}
