package io.commerceclients.karla.org;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link OrganizationsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface OrganizationsServiceAsync {

  /** Returns an organization; as {@link OrganizationsService#get}. */
  CompletableFuture<Organization> get(String orgSlug);

  /** Returns one page of an organization's members; as {@link OrganizationsService#searchMembers}. */
  CompletableFuture<List<OrgMember>> searchMembers(String orgSlug, PageRequest page);

  /** Returns every member of an organization, fetched page by page without blocking. */
  AsyncPagedIterable<OrgMember> listAllMembers(String orgSlug);

  /** Invites a user to an organization; as {@link OrganizationsService#invite}. */
  CompletableFuture<Void> invite(String orgSlug, InviteMemberRequest request);
}
