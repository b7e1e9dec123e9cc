/** Lazy paged listings for the three paging styles of the APIs (page number with or without a total, start index). */
@NullMarked
package io.commerceclients.core.pagination;

import org.jspecify.annotations.NullMarked;
