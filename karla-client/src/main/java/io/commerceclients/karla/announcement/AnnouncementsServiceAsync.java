package io.commerceclients.karla.announcement;

import io.commerceclients.core.pagination.AsyncPagedIterable;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link AnnouncementsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface AnnouncementsServiceAsync {

  /** Returns one page of the announcements matching the request; as {@link AnnouncementsService#search}. */
  CompletableFuture<List<Announcement>> search(AnnouncementSearchRequest request);

  /** Returns every announcement matching the request, fetched page by page without blocking. */
  AsyncPagedIterable<Announcement> searchAll(AnnouncementSearchRequest request);

  /** Creates an announcement; as {@link AnnouncementsService#create}. */
  CompletableFuture<Void> create(CreateAnnouncementRequest request);

  /** Updates an announcement; as {@link AnnouncementsService#update}. */
  CompletableFuture<Void> update(String uuid, UpdateAnnouncementRequest request);

  /** Deletes an announcement; as {@link AnnouncementsService#delete}. */
  CompletableFuture<Void> delete(String uuid);
}
