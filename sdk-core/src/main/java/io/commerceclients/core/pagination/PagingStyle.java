package io.commerceclients.core.pagination;

/** How a listing addresses its pages. */
public enum PagingStyle {
  /** {@code page=1,2,3…}: the next position is the page number plus one. */
  PAGE_NUMBER,
  /** {@code startIndex=0,50,100…}: the next position is the start index plus the page size. */
  START_INDEX
}
