package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.kiliba.imports.BulkImportAsync;
import io.commerceclients.kiliba.imports.ImportsServiceAsync;
import io.commerceclients.kiliba.model.imports.Cart;
import io.commerceclients.kiliba.model.imports.CustomerGroup;
import io.commerceclients.kiliba.model.imports.ImportCustomer;
import io.commerceclients.kiliba.model.imports.Order;
import io.commerceclients.kiliba.model.imports.Product;
import io.commerceclients.kiliba.model.imports.ProductCategory;
import io.commerceclients.kiliba.model.imports.Visit;

final class DefaultImportsServiceAsync implements ImportsServiceAsync {

  private final BulkImportAsync<ProductCategory> productCategories;
  private final BulkImportAsync<Product> products;
  private final BulkImportAsync<CustomerGroup> customerGroups;
  private final BulkImportAsync<ImportCustomer> customers;
  private final BulkImportAsync<Order> orders;
  private final BulkImportAsync<Cart> carts;
  private final BulkImportAsync<Visit> visits;

  DefaultImportsServiceAsync(ApiTransport transport, ImportEndpoints endpoints) {
    productCategories = new DefaultBulkImportAsync<>(endpoints.productCategories, transport);
    products = new DefaultBulkImportAsync<>(endpoints.products, transport);
    customerGroups = new DefaultBulkImportAsync<>(endpoints.customerGroups, transport);
    customers = new DefaultBulkImportAsync<>(endpoints.customers, transport);
    orders = new DefaultBulkImportAsync<>(endpoints.orders, transport);
    carts = new DefaultBulkImportAsync<>(endpoints.carts, transport);
    visits = new DefaultBulkImportAsync<>(endpoints.visits, transport);
  }

  @Override
  public BulkImportAsync<ProductCategory> productCategories() {
    return productCategories;
  }

  @Override
  public BulkImportAsync<Product> products() {
    return products;
  }

  @Override
  public BulkImportAsync<CustomerGroup> customerGroups() {
    return customerGroups;
  }

  @Override
  public BulkImportAsync<ImportCustomer> customers() {
    return customers;
  }

  @Override
  public BulkImportAsync<Order> orders() {
    return orders;
  }

  @Override
  public BulkImportAsync<Cart> carts() {
    return carts;
  }

  @Override
  public BulkImportAsync<Visit> visits() {
    return visits;
  }
}
