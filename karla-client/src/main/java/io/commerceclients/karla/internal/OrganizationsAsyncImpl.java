package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.org.OrganizationsServiceAsync;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link OrganizationsCalls} asynchronously. */
final class OrganizationsAsyncImpl implements OrganizationsServiceAsync {

  private final ApiTransport transport;
  private final OrganizationsCalls calls;

  OrganizationsAsyncImpl(ApiTransport transport, KarlaApi api) {
    this.transport = transport;
    this.calls = new OrganizationsCalls(api);
  }

  @Override
  public CompletableFuture<Organization> get(String orgSlug) {
    return Async.supply(() -> transport.executeAsync(calls.get(orgSlug)));
  }

  @Override
  public CompletableFuture<List<OrgMember>> searchMembers(String orgSlug, PageRequest page) {
    return Listing.pageAsync(transport, () -> calls.searchMembers(orgSlug, page));
  }

  @Override
  public AsyncPagedIterable<OrgMember> listAllMembers(String orgSlug) {
    return Listing.allAsync(transport, () -> calls.listAllMembers(orgSlug));
  }

  @Override
  public CompletableFuture<Void> invite(String orgSlug, InviteMemberRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.invite(orgSlug, request)));
  }
}
