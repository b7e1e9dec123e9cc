package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.announcement.AnnouncementsService;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import java.util.List;

final class AnnouncementsImpl extends ShopScoped implements AnnouncementsService {

  AnnouncementsImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public List<Announcement> search(AnnouncementSearchRequest request) {
    check(request);
    return Listing.page(transport, api.searchAnnouncements(slug, Listing.query(request)));
  }

  @Override
  public PagedIterable<Announcement> searchAll(AnnouncementSearchRequest request) {
    check(request);
    return Listing.all(transport, request, query -> api.searchAnnouncements(slug, query));
  }

  private static void check(AnnouncementSearchRequest request) {
    Check.required(request, "request");
    Check.notBlank(request.uuid(), "uuid");
    Check.notBlank(request.text(), "text");
  }

  @Override
  public void create(CreateAnnouncementRequest request) {
    Check.notBlank(request.text(), "text");
    transport.execute(api.createAnnouncement(slug, request));
  }

  @Override
  public void update(String uuid, UpdateAnnouncementRequest request) {
    transport.execute(api.updateAnnouncement(slug, Check.notBlank(uuid, "uuid"), request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(api.deleteAnnouncement(slug, Check.notBlank(uuid, "uuid")));
  }
}
