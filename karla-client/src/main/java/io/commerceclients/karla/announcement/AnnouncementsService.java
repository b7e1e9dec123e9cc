package io.commerceclients.karla.announcement;

import io.commerceclients.core.pagination.PagedIterable;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import java.util.List;

/** The announcements of one shop. */
public interface AnnouncementsService {

  /**
   * Returns one page of the announcements matching the request's filters; Karla's reference
   * requires {@code uuid} and {@code text}, so the search finds the announcement that has both.
   *
   * @throws io.commerceclients.core.validation.ValidationException if uuid or text is blank, or
   *     page or perPage is out of range
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  List<Announcement> search(AnnouncementSearchRequest request);

  /** Returns every announcement matching the filters, fetched lazily page by page; as {@link #search}. */
  PagedIterable<Announcement> searchAll(AnnouncementSearchRequest request);

  /**
   * Creates an announcement (Karla returns nothing; search to find it).
   *
   * @throws io.commerceclients.core.validation.ValidationException if the text is blank
   */
  void create(CreateAnnouncementRequest request);

  /**
   * Updates an announcement.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  void update(String uuid, UpdateAnnouncementRequest request);

  /**
   * Deletes an announcement.
   *
   * @throws io.commerceclients.core.error.NotFoundException if it does not exist
   */
  void delete(String uuid);
}
