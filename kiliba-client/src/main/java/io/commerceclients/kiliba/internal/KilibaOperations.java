package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.Lazy;

/**
 * Every Kiliba operation, written once on the Retrofit proxy of a client and shared by the client,
 * its views ({@code withOptions}) and their asynchronous twins, so that a view costs no Retrofit
 * work.
 */
final class KilibaOperations {

  final KilibaApi api;
  final CustomerCalls customers;
  final EmailCalls emails;
  final UploadCalls uploads;
  private final Lazy<ImportEndpoints> imports;

  KilibaOperations(KilibaApi api) {
    this.api = api;
    this.customers = new CustomerCalls(api);
    this.emails = new EmailCalls(api);
    this.uploads = new UploadCalls(api);
    this.imports = Lazy.of(() -> new ImportEndpoints(api));
  }

  /** The import endpoints, made on the first import: a client that never imports never loads them. */
  ImportEndpoints imports() {
    return imports.get();
  }
}
