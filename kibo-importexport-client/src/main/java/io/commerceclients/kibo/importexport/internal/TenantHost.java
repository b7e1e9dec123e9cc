package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.http.ApiTransport;

/** The tenant host once known: its transport and the Retrofit APIs bound to it (created once, shared by views). */
final class TenantHost {
  private final ApiTransport transport;
  private final KiboImportExportApi api;
  private final KiboBatchJobApi batchApi;

  TenantHost(ApiTransport transport) {
    this.transport = transport;
    this.api = transport.create(KiboImportExportApi.class);
    this.batchApi = transport.create(KiboBatchJobApi.class);
  }

  /** Returns the tenant host's transport (the client's own options). */
  ApiTransport transport() {
    return transport;
  }

  /** Returns the import, export and files calls. */
  KiboImportExportApi api() {
    return api;
  }

  /** Returns the batch-job calls. */
  KiboBatchJobApi batchApi() {
    return batchApi;
  }
}
