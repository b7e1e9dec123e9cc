package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.kibo.importexport.model.ListJobsRequest;

/** Checks of the job-list paging arguments. */
final class JobLists {
  private JobLists() {}

  static void check(ListJobsRequest request) {
    check(request.startIndex(), request.pageSize());
  }

  static void check(long startIndex, int pageSize) {
    Check.inRange(startIndex, 0, Integer.MAX_VALUE, "startIndex");
    Check.inRange(pageSize, 1, Integer.MAX_VALUE, "pageSize");
  }
}
