package io.commerceclients.karla.org;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import java.util.List;

/** Organizations and their members, addressed by the organization's slug. */
public interface OrganizationsService {

  /**
   * Returns an organization (provisional path).
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  Organization get(String orgSlug);

  /**
   * Returns one page of an organization's members.
   *
   * @throws io.commerceclients.core.validation.ValidationException if page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<OrgMember> searchMembers(String orgSlug, PageRequest page);

  /** Returns every member of an organization, fetched lazily page by page. */
  PagedIterable<OrgMember> listAllMembers(String orgSlug);

  /**
   * Invites a user to an organization (provisional path).
   *
   * @throws io.commerceclients.core.validation.ValidationException if the email is not an address
   * @throws io.commerceclients.core.error.ConflictException if the user is a member already
   */
  void invite(String orgSlug, InviteMemberRequest request);
}
