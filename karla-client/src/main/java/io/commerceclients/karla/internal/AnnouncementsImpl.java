package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.announcement.AnnouncementsService;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import java.util.List;

/** Runs the {@link AnnouncementsCalls} blocking. */
final class AnnouncementsImpl implements AnnouncementsService {

  private final ApiTransport transport;
  private final AnnouncementsCalls calls;

  AnnouncementsImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new AnnouncementsCalls(api, slug);
  }

  @Override
  public List<Announcement> search(AnnouncementSearchRequest request) {
    return Listing.page(transport, calls.search(request));
  }

  @Override
  public PagedIterable<Announcement> searchAll(AnnouncementSearchRequest request) {
    return Listing.all(transport, calls.searchAll(request));
  }

  @Override
  public void create(CreateAnnouncementRequest request) {
    transport.execute(calls.create(request));
  }

  @Override
  public void update(String uuid, UpdateAnnouncementRequest request) {
    transport.execute(calls.update(uuid, request));
  }

  @Override
  public void delete(String uuid) {
    transport.execute(calls.delete(uuid));
  }
}
