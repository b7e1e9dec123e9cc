package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.org.OrganizationsService;
import java.util.List;

/** Runs the {@link OrganizationsCalls} blocking. */
final class OrganizationsImpl implements OrganizationsService {

  private final ApiTransport transport;
  private final OrganizationsCalls calls;

  OrganizationsImpl(ApiTransport transport, KarlaApi api) {
    this.transport = transport;
    this.calls = new OrganizationsCalls(api);
  }

  @Override
  public Organization get(String orgSlug) {
    return transport.execute(calls.get(orgSlug));
  }

  @Override
  public List<OrgMember> searchMembers(String orgSlug, PageRequest page) {
    return Listing.page(transport, calls.searchMembers(orgSlug, page));
  }

  @Override
  public PagedIterable<OrgMember> listAllMembers(String orgSlug) {
    return Listing.all(transport, calls.listAllMembers(orgSlug));
  }

  @Override
  public void invite(String orgSlug, InviteMemberRequest request) {
    transport.execute(calls.invite(orgSlug, request));
  }
}
