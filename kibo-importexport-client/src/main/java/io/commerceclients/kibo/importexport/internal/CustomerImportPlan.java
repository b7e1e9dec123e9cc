package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.kibo.importexport.csv.CsvFormatException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.imports.RecordRange;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a customer import is cut into jobs of at most {@code limit} records: the resources' rows
 * are counted (streamed, never held), then laid end to end in Kibo's processing order and cut
 * into consecutive slices, so running the jobs one after the other keeps that order.
 */
final class CustomerImportPlan {

  private final Map<KiboResource, Long> counts;
  private final List<List<RecordRange>> jobs;

  private CustomerImportPlan(Map<KiboResource, Long> counts, List<List<RecordRange>> jobs) {
    this.counts = counts;
    this.jobs = jobs;
  }

  /**
   * Counts the rows of every resource of {@code pkg} and plans the jobs; reading every row also
   * checks each CSV file before anything is uploaded.
   *
   * @throws io.commerceclients.core.validation.ValidationException if a CSV file is malformed
   */
  static CustomerImportPlan of(ImportPackage pkg, int limit) {
    Map<KiboResource, Long> counts = new LinkedHashMap<>();
    for (ImportResourceRequest r : pkg.resources()) {
      counts.put(r.resource(), countRows(pkg, r.resource()));
    }
    return new CustomerImportPlan(counts, split(counts, limit));
  }

  /** Cuts {@code counts} (resources in processing order) into jobs of at most {@code limit} rows. */
  static List<List<RecordRange>> split(Map<KiboResource, Long> counts, int limit) {
    List<List<RecordRange>> jobs = new ArrayList<>();
    List<RecordRange> current = new ArrayList<>();
    long used = 0;
    for (Map.Entry<KiboResource, Long> e : counts.entrySet()) {
      long rows = e.getValue();
      if (rows == 0) {
        current.add(RecordRange.of(e.getKey(), 1, 0));
        continue;
      }
      long row = 1;
      while (row <= rows) {
        if (used == limit) {
          jobs.add(List.copyOf(current));
          current = new ArrayList<>();
          used = 0;
        }
        long take = Math.min(limit - used, rows - row + 1);
        current.add(RecordRange.of(e.getKey(), row, row + take - 1));
        used += take;
        row += take;
      }
    }
    if (!current.isEmpty()) {
      jobs.add(List.copyOf(current));
    }
    return List.copyOf(jobs);
  }

  private static long countRows(ImportPackage pkg, KiboResource resource) {
    InputStream in = pkg.open(resource);
    try (KiboCsvReader reader = KiboCsvReader.open(in)) {
      long rows = 0;
      for (Iterator<Map<String, String>> it = reader.iterator(); it.hasNext(); it.next()) {
        rows++;
      }
      return rows;
    } catch (CsvFormatException e) {
      throw Validation.error(resource.value() + ".csv: " + e.getMessage());
    }
  }

  /** Returns the row count of each resource, in processing order. */
  Map<KiboResource, Long> counts() {
    return counts;
  }

  /** Returns the jobs: for each, its slices of rows in processing order. */
  List<List<RecordRange>> jobs() {
    return jobs;
  }

  /** Returns the total number of rows. */
  long total() {
    return counts.values().stream().mapToLong(Long::longValue).sum();
  }
}
