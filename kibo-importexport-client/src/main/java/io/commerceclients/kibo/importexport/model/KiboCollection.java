package io.commerceclients.kibo.importexport.model;

import java.util.List;
import java.util.Optional;

/**
 * One page of a Kibo collection: the items and where they sit. Kibo's {@code totalCount} and {@code
 * pageCount} are only meaningful when the request asked for {@code includeCount}.
 *
 * @param <T> the item type
 */
public interface KiboCollection<T> {

  /** The index of the first item of this page. */
  Optional<Integer> startIndex();

  /** The page size Kibo applied. */
  Optional<Integer> pageSize();

  /** The number of pages. */
  Optional<Long> pageCount();

  /** The number of items across all pages. */
  Optional<Long> totalCount();

  /** The items of this page. */
  List<T> items();
}
