package io.commerceclients.kiliba.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.kiliba.customers.CustomersService;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.ListCustomersRequest;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import java.util.Collection;
import retrofit2.Call;

final class DefaultCustomersService implements CustomersService {

  private final ApiTransport transport;
  private final CustomerCalls calls;

  DefaultCustomersService(ApiTransport transport, CustomerCalls calls) {
    this.transport = transport;
    this.calls = calls;
  }

  @Override
  public CustomerPage list(ListCustomersRequest request) {
    return transport.execute(calls.list(request));
  }

  @Override
  public PagedIterable<Customer> listAll(ListCustomersRequest request) {
    CustomerCalls.Listing listing = calls.listing(request);
    return PagedIterable.byPageNumber(listing.firstPage(), listing.limit(), (page, size) -> {
      Call<CustomerPage> call = listing.page(page, size);
      return listing.result(transport, call, transport.execute(call));
    });
  }

  @Override
  public ProcessedEmails blacklist(Collection<String> emails) {
    return transport.execute(calls.blacklist(emails));
  }

  @Override
  public ProcessedEmails whitelist(Collection<String> emails) {
    return transport.execute(calls.whitelist(emails));
  }
}
