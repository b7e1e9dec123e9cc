package io.commerceclients.kibo.importexport.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomerImportPlanTest {

  private static List<String> split(int limit, Object... resourceAndRows) {
    Map<KiboResource, Long> counts = new LinkedHashMap<>();
    for (int i = 0; i < resourceAndRows.length; i += 2) {
      counts.put((KiboResource) resourceAndRows[i], ((Number) resourceAndRows[i + 1]).longValue());
    }
    return CustomerImportPlan.split(counts, limit).stream()
        .map(job -> job.stream().map(RecordRange::describe).collect(Collectors.joining(", ")))
        .collect(Collectors.toList());
  }

  @Test
  void slicesAreConsecutiveAndNoJobExceedsTheLimit() {
    assertEquals(List.of("CustomerSegments rows 1-2, CustomerAccounts rows 1-2", "CustomerAccounts rows 3-6",
            "CustomerAccounts rows 7-7, CustomerContacts rows 1-3"),
        split(4, KiboResource.CUSTOMER_SEGMENTS, 2, KiboResource.CUSTOMER_ACCOUNTS, 7, KiboResource.CUSTOMER_CONTACTS, 3));
    assertEquals(List.of("CustomerAccounts rows 1-100000", "CustomerAccounts rows 100001-200000"),
        split(100_000, KiboResource.CUSTOMER_ACCOUNTS, 200_000));
    assertEquals(List.of("CustomerAccounts rows 1-1", "CustomerAccounts rows 2-2"), split(1, KiboResource.CUSTOMER_ACCOUNTS, 2));
  }

  @Test
  void resourcesWithoutRowsStayInTheJobWhereTheyFall() {
    assertEquals(List.of("CustomerSegments (no rows), CustomerAccounts rows 1-2", "CustomerAccounts rows 3-3, CustomerContacts (no rows)"),
        split(2, KiboResource.CUSTOMER_SEGMENTS, 0, KiboResource.CUSTOMER_ACCOUNTS, 3, KiboResource.CUSTOMER_CONTACTS, 0));
    assertEquals(List.of("CustomerSegments (no rows)"), split(5, KiboResource.CUSTOMER_SEGMENTS, 0));
    assertEquals(List.of(), split(5));
  }
}
