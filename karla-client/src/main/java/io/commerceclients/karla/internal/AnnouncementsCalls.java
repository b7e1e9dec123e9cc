package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import java.util.List;
import retrofit2.Call;

/** The announcement operations of one shop, run by {@link AnnouncementsImpl} and {@link AnnouncementsAsyncImpl}. */
final class AnnouncementsCalls extends ShopScoped {

  AnnouncementsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<List<Announcement>> search(AnnouncementSearchRequest request) {
    check(request);
    return api.searchAnnouncements(slug, Listing.query(request));
  }

  Listing.Pages<Announcement> searchAll(AnnouncementSearchRequest request) {
    check(request);
    return Listing.pages(request, query -> api.searchAnnouncements(slug, query));
  }

  private static void check(AnnouncementSearchRequest request) {
    Check.required(request, "request");
    Check.notBlank(request.uuid(), "uuid");
    Check.notBlank(request.text(), "text");
  }

  Call<Void> create(CreateAnnouncementRequest request) {
    Check.required(request, "request");
    Check.notBlank(request.text(), "text");
    return api.createAnnouncement(slug, request);
  }

  Call<Void> update(String uuid, UpdateAnnouncementRequest request) {
    Check.pathSegment(uuid, "uuid");
    return api.updateAnnouncement(slug, uuid, Check.required(request, "request"));
  }

  Call<Void> delete(String uuid) {
    return api.deleteAnnouncement(slug, Check.pathSegment(uuid, "uuid"));
  }
}
