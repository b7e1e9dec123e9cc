package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.announcement.AnnouncementsServiceAsync;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link AnnouncementsCalls} asynchronously. */
final class AnnouncementsAsyncImpl implements AnnouncementsServiceAsync {

  private final ApiTransport transport;
  private final AnnouncementsCalls calls;

  AnnouncementsAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new AnnouncementsCalls(api, slug);
  }

  @Override
  public CompletableFuture<List<Announcement>> search(AnnouncementSearchRequest request) {
    return Listing.pageAsync(transport, () -> calls.search(request));
  }

  @Override
  public AsyncPagedIterable<Announcement> searchAll(AnnouncementSearchRequest request) {
    return Listing.allAsync(transport, () -> calls.searchAll(request));
  }

  @Override
  public CompletableFuture<Void> create(CreateAnnouncementRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.create(request)));
  }

  @Override
  public CompletableFuture<Void> update(String uuid, UpdateAnnouncementRequest request) {
    return Async.supply(() -> transport.executeAsync(calls.update(uuid, request)));
  }

  @Override
  public CompletableFuture<Void> delete(String uuid) {
    return Async.supply(() -> transport.executeAsync(calls.delete(uuid)));
  }
}
