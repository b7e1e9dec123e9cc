package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import java.util.List;
import retrofit2.Call;

/** Organizations and their members, run by {@link OrganizationsImpl} and {@link OrganizationsAsyncImpl}. */
final class OrganizationsCalls {

  private final KarlaApi api;

  OrganizationsCalls(KarlaApi api) {
    this.api = api;
  }

  Call<Organization> get(String orgSlug) {
    return api.getOrganization(Check.pathSegment(orgSlug, "orgSlug"));
  }

  Call<List<OrgMember>> searchMembers(String orgSlug, PageRequest page) {
    Check.pathSegment(orgSlug, "orgSlug");
    return api.searchMembers(orgSlug, Listing.query(page));
  }

  Listing.Pages<OrgMember> listAllMembers(String orgSlug) {
    Check.pathSegment(orgSlug, "orgSlug");
    return Listing.pages(null, query -> api.searchMembers(orgSlug, query));
  }

  Call<Void> invite(String orgSlug, InviteMemberRequest request) {
    Check.pathSegment(orgSlug, "orgSlug");
    Check.required(request, "request");
    Check.notBlank(request.email(), "email");
    Check.email(request.email(), "email");
    return api.inviteMember(orgSlug, request);
  }
}
