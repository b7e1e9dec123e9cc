package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.logging.Redactor;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.discount.DealsService;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.Deal;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import io.commerceclients.karla.org.OrganizationsService;
import io.commerceclients.karla.shop.ShopsService;
import java.util.List;

/** The client: global services here, shop-scoped ones on {@link DefaultKarlaShop}. */
final class DefaultKarlaClient implements KarlaClient {

  private final ApiTransport transport;
  private final KarlaApi api;
  private final String defaultShop;

  DefaultKarlaClient(ApiTransport transport, KarlaApi api, String defaultShop) {
    this.transport = transport;
    this.api = api;
    this.defaultShop = defaultShop;
  }

  @Override
  public String defaultShop() {
    return defaultShop;
  }

  @Override
  public KarlaShop shop(String slug) {
    return new DefaultKarlaShop(transport, api, Check.notBlank(slug, "slug"));
  }

  @Override
  public ShopsService shops() {
    return new Shops();
  }

  @Override
  public OrganizationsService organizations() {
    return new Organizations();
  }

  @Override
  public DealsService deals() {
    return new Deals();
  }

  @Override
  public void close() {
    transport.close();
  }

  @Override
  public String toString() {
    return "KarlaClient{baseUrl=" + Redactor.defaults().url(transport.options().baseUrl()) + ", defaultShop="
        + defaultShop + "}";
  }

  private final class Shops implements ShopsService {
    @Override
    public List<Shop> search(ShopSearchRequest request) {
      return Listing.page(transport, api.searchShops(Listing.query(request)));
    }

    @Override
    public PagedIterable<Shop> searchAll(ShopSearchRequest request) {
      return Listing.all(transport, request, api::searchShops);
    }

    @Override
    public void create(CreateShopRequest request) {
      Validation.shop(request);
      transport.execute(api.createShop(request));
    }
  }

  private final class Organizations implements OrganizationsService {
    @Override
    public Organization get(String orgSlug) {
      return transport.execute(api.getOrganization(Check.notBlank(orgSlug, "orgSlug")));
    }

    @Override
    public List<OrgMember> searchMembers(String orgSlug, PageRequest page) {
      Check.notBlank(orgSlug, "orgSlug");
      return Listing.page(transport, api.searchMembers(orgSlug, Listing.query(page)));
    }

    @Override
    public PagedIterable<OrgMember> listAllMembers(String orgSlug) {
      Check.notBlank(orgSlug, "orgSlug");
      return Listing.all(transport, null, query -> api.searchMembers(orgSlug, query));
    }

    @Override
    public void invite(String orgSlug, InviteMemberRequest request) {
      Check.notBlank(orgSlug, "orgSlug");
      Check.notBlank(request.email(), "email");
      Check.email(request.email(), "email");
      transport.execute(api.inviteMember(orgSlug, request));
    }
  }

  private final class Deals implements DealsService {
    @Override
    public List<Deal> list(PageRequest page) {
      return Listing.page(transport, api.listDeals(Listing.query(page)));
    }

    @Override
    public PagedIterable<Deal> listAll() {
      return Listing.all(transport, null, api::listDeals);
    }

    @Override
    public void create(CreateDealRequest request) {
      Check.notBlank(request.shopId(), "shopId");
      Check.notBlank(request.discountId(), "discountId");
      transport.execute(api.createDeal(request));
    }
  }
}
