package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.imports.BulkImport;
import io.commerceclients.kiliba.imports.ImportsService;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;

final class DefaultImportsService implements ImportsService {

  private final BulkImport<ProductCategory> productCategories;
  private final BulkImport<Product> products;
  private final BulkImport<CustomerGroup> customerGroups;
  private final BulkImport<ImportCustomer> customers;
  private final BulkImport<Order> orders;
  private final BulkImport<Cart> carts;
  private final BulkImport<Visit> visits;

  DefaultImportsService(ApiTransport transport, ImportEndpoints endpoints) {
    productCategories = new DefaultBulkImport<>(endpoints.productCategories, transport);
    products = new DefaultBulkImport<>(endpoints.products, transport);
    customerGroups = new DefaultBulkImport<>(endpoints.customerGroups, transport);
    customers = new DefaultBulkImport<>(endpoints.customers, transport);
    orders = new DefaultBulkImport<>(endpoints.orders, transport);
    carts = new DefaultBulkImport<>(endpoints.carts, transport);
    visits = new DefaultBulkImport<>(endpoints.visits, transport);
  }

  @Override
  public BulkImport<ProductCategory> productCategories() {
    return productCategories;
  }

  @Override
  public BulkImport<Product> products() {
    return products;
  }

  @Override
  public BulkImport<CustomerGroup> customerGroups() {
    return customerGroups;
  }

  @Override
  public BulkImport<ImportCustomer> customers() {
    return customers;
  }

  @Override
  public BulkImport<Order> orders() {
    return orders;
  }

  @Override
  public BulkImport<Cart> carts() {
    return carts;
  }

  @Override
  public BulkImport<Visit> visits() {
    return visits;
  }
}
