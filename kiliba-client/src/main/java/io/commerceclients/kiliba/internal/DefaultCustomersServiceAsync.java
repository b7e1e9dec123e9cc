package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.kiliba.customers.CustomersServiceAsync;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;

final class DefaultCustomersServiceAsync implements CustomersServiceAsync {

  private final ApiTransport transport;
  private final CustomerCalls calls;

  DefaultCustomersServiceAsync(ApiTransport transport, CustomerCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  @Override
  public CompletableFuture<CustomerPage> list(ListCustomersRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.list(request)));
  }

  @Override
  public AsyncPagedIterable<Customer> listAll(ListCustomersRequest request) {
    CustomerCalls.Listing listing;
    try {
      listing = calls.listing(request);
    } catch (RuntimeException invalid) {
      return AsyncPagedIterable.failed(invalid);
    }
    return AsyncPagedIterable.byPageNumber(listing.firstPage(), listing.limit(), (page, size) -> Async.supply(() -> {
      Call<CustomerPage> call = listing.page(page, size);
      return ApiTransport.mapAsync(transport.executeAsync(call), answer -> listing.result(transport, call, answer));
    }));
  }

  @Override
  public CompletableFuture<ProcessedEmails> blacklist(Collection<String> emails) {
    return Async.supply(() -> transport.executeAsync(calls.blacklist(emails)));
  }

  @Override
  public CompletableFuture<ProcessedEmails> whitelist(Collection<String> emails) {
    return Async.supply(() -> transport.executeAsync(calls.whitelist(emails)));
  }
}
