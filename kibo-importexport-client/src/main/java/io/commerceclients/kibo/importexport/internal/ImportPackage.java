package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.kibo.importexport.csv.CsvFormatException;
import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.ContextOverride;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns an {@link ImportRequest} into the ZIP to upload and the resources of the job, checking
 * everything that can be checked before the network: one source, CSV headers holding the
 * resources' required columns, a resource for every file, a context override for {@code
 * ProductImages}. The ZIP of CSV files is written on the first call of {@link #zip()}; {@link
 * #open(KiboResource)} streams one resource's CSV from the source.
 */
final class ImportPackage implements AutoCloseable {

  private final Path givenZip;
  private final List<Path> csvs;
  private final List<ImportResourceRequest> resources;
  private Path temporaryZip;
  private ZipFile openZip;

  private ImportPackage(Path givenZip, List<Path> csvs, List<ImportResourceRequest> resources) {
    this.givenZip = givenZip;
    this.csvs = csvs;
    this.resources = resources;
  }

  /**
   * Returns the ZIP to upload: the one the request gave, or a temporary ZIP of its CSV files,
   * written on the first call.
   *
   * @throws UncheckedIOException if the ZIP cannot be written
   */
  public Path zip() {
    if (givenZip != null) {
      return givenZip;
    }
    if (temporaryZip == null) {
      try {
        Path zip = Files.createTempFile("kibo-import-", ".zip");
        try {
          KiboZip.zip(csvs, zip);
        } catch (RuntimeException e) {
          Files.deleteIfExists(zip);
          throw e;
        }
        temporaryZip = zip;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return temporaryZip;
  }

  /**
   * Opens the CSV of {@code resource} (a file of the request, or an entry of its ZIP, matched by
   * name ignoring case); the caller closes the stream.
   *
   * @throws IllegalArgumentException if the source holds no CSV for the resource
   * @throws UncheckedIOException if it cannot be read
   */
  public InputStream open(KiboResource resource) {
    String wanted = resource.value() + ".csv";
    try {
      if (givenZip == null) {
        for (Path csv : csvs) {
          if (csv.getFileName().toString().equalsIgnoreCase(wanted)) {
            return Files.newInputStream(csv);
          }
        }
      } else {
        if (openZip == null) {
          openZip = new ZipFile(givenZip.toFile());
        }
        for (Enumeration<? extends ZipEntry> e = openZip.entries(); e.hasMoreElements(); ) {
          ZipEntry entry = e.nextElement();
          String name = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
          if (!entry.isDirectory() && name.equalsIgnoreCase(wanted)) {
            return openZip.getInputStream(entry);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalArgumentException("the import source holds no " + wanted);
  }

  /** The resources of the job, customer resources in Kibo's processing order. */
  public List<ImportResourceRequest> resources() {
    return resources;
  }

  /**
   * Validates {@code request} and builds its ZIP (in a temporary file unless the request gives a
   * ZIP).
   *
   * @throws IllegalArgumentException naming the field and the problem
   */
  public static ImportPackage prepare(ImportRequest request) {
    int sources = (request.directory().isPresent() ? 1 : 0)
        + (request.csvFiles().isEmpty() ? 0 : 1)
        + (request.zipFile().isPresent() ? 1 : 0);
    Validation.require(sources == 1,
        "source: give exactly one of directory, csvFiles or zipFile (got " + sources + ")");

    Validation.require(request.maxCustomerRecordsPerJob() >= 1,
        "maxCustomerRecordsPerJob: must be at least 1, got " + request.maxCustomerRecordsPerJob());
    if (request.zipFile().isPresent()) {
      Path zipFile = request.zipFile().get();
      Validation.require(Files.isRegularFile(zipFile), "zipFile: " + zipFile + " is not a file");
      Validation.require(KiboZip.isZip(zipFile), "zipFile: " + zipFile + " is not a ZIP file");
      List<String> names = zipEntryNames(zipFile, request);
      List<ImportResourceRequest> resources = resolveResources(request, names, "zipFile entry");
      checkContextOverride(resources, request.contextOverride());
      return new ImportPackage(zipFile, List.of(), resources);
    }

    List<Path> csvs;
    String field;
    if (request.directory().isPresent()) {
      Path dir = request.directory().get();
      Validation.require(Files.isDirectory(dir), "directory: " + dir + " is not a directory");
      csvs = KiboZip.csvFilesIn(dir);
      Validation.require(!csvs.isEmpty(), "directory: " + dir + " holds no .csv file");
      field = "directory file";
    } else {
      csvs = request.csvFiles();
      field = "csvFiles";
    }
    List<String> names = new ArrayList<>();
    Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 0; i < csvs.size(); i++) {
      Path csv = csvs.get(i);
      String label = field.equals("csvFiles") ? "csvFiles[" + i + "] (" + csv.getFileName() + ")"
          : field + " " + csv.getFileName();
      Validation.require(Files.isRegularFile(csv), label + ": not a file");
      Validation.require(seen.add(csv.getFileName().toString()), label + ": another file has the same name");
      names.add(csv.getFileName().toString());
      KiboResource.fromFileName(csv.getFileName().toString())
          .ifPresent(resource -> checkHeader(label, csv, resource, request.domain()));
    }
    List<ImportResourceRequest> resources = resolveResources(request, names, field);
    checkContextOverride(resources, request.contextOverride());
    return new ImportPackage(null, List.copyOf(csvs), resources);
  }

  /**
   * Refuses a {@code ProductImages} import without a context override (or with an empty one):
   * Kibo's guide says the field "is required for ProductImages upload".
   *
   * @throws io.commerceclients.core.validation.ValidationException naming {@code contextOverride}
   */
  static void checkContextOverride(List<ImportResourceRequest> resources, Optional<ContextOverride> override) {
    boolean images = resources.stream().anyMatch(r -> r.resource().equals(KiboResource.PRODUCT_IMAGES));
    boolean empty = override.isEmpty() || override.get().equals(ContextOverride.builder().build());
    Validation.require(!images || !empty, "contextOverride: is required for a " + KiboResource.PRODUCT_IMAGES
        + " import (Kibo's guide); set the master catalog, catalog or site the images belong to");
  }

  private static void checkHeader(String label, Path csv, KiboResource resource, Domain domain) {
    Validation.require(
        resource.domain().filter(domain::equals).isPresent(),
        label + ": resource " + resource + " belongs to the " + resource.domain().orElseThrow()
            + " domain, not " + domain);
    Set<String> header = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    try {
      KiboCsvReader.readHeader(csv).forEach(h -> header.add(h.trim()));
    } catch (CsvFormatException e) {
      throw Validation.error(label + ": " + e.getMessage());
    }
    for (String required : resource.requiredFields()) {
      Validation.require(header.contains(required),
          label + ": required column '" + required + "' of " + resource + " is missing");
    }
  }

  private static List<ImportResourceRequest> resolveResources(
      ImportRequest request, List<String> fileNames, String field) {
    Map<KiboResource, ImportResourceRequest> byResource = new LinkedHashMap<>();
    if (request.resources().isEmpty()) {
      for (String name : fileNames) {
        if (!name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
          continue;
        }
        KiboResource resource = KiboResource.fromFileName(name).orElseThrow(() ->
            Validation.error(field + " " + name + ": no Kibo resource is named so;"
                + " rename the file or list the resources explicitly"));
        byResource.put(resource, ImportResourceRequest.of(resource));
      }
      Validation.require(!byResource.isEmpty(), field + ": no CSV file to import");
    } else {
      for (int i = 0; i < request.resources().size(); i++) {
        ImportResourceRequest r = request.resources().get(i);
        boolean present = fileNames.stream().anyMatch(n ->
            n.equalsIgnoreCase(r.resource().value() + ".csv"));
        Validation.require(present,
            "resources[" + i + "]: no " + r.resource().value() + ".csv in the " + field.split(" ")[0]);
        byResource.put(r.resource(), r);
      }
    }
    List<ImportResourceRequest> resources = new ArrayList<>();
    for (KiboResource resource : KiboResource.inProcessingOrder(byResource.keySet())) {
      ImportResourceRequest r = byResource.get(resource);
      if (r.deleteOmitted().isEmpty() && request.deleteOmitted().isPresent()) {
        r = ImportResourceRequest.builder().from(r).deleteOmitted(request.deleteOmitted().get()).build();
      }
      if (r.format().isEmpty() && request.format().isPresent()) {
        r = ImportResourceRequest.builder().from(r).format(request.format().get()).build();
      }
      resources.add(r);
    }
    return List.copyOf(resources);
  }

  /**
   * Returns the file names (without folder) of the ZIP's entries, refusing a ZIP in which a CSV
   * name appears twice (ignoring case, in any folders) or a resource's CSV lies in a sub-folder:
   * the import reads (and a split import counts and uploads) one file per resource, so a second
   * one would be dropped silently.
   */
  private static List<String> zipEntryNames(Path zipFile, ImportRequest request) {
    List<String> names = new ArrayList<>();
    Map<String, String> csvEntries = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> listed = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    request.resources().forEach(r -> listed.add(r.resource().value() + ".csv"));
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          String path = entry.getName();
          String name = path.substring(path.lastIndexOf('/') + 1);
          if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            String first = csvEntries.putIfAbsent(name, path);
            Validation.require(first == null, "zipFile: " + zipFile + " holds " + name + " twice, as entries '"
                + first + "' and '" + path + "' (names are matched ignoring case and folders);"
                + " keep one file per resource");
          }
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw Validation.error("zipFile: " + zipFile + " cannot be read as a ZIP: " + e.getMessage());
    }
    for (Map.Entry<String, String> csv : csvEntries.entrySet()) {
      String name = csv.getKey();
      String path = csv.getValue();
      boolean resource = KiboResource.fromFileName(name).isPresent() || listed.contains(name);
      Validation.require(!resource || path.equals(name), "zipFile: " + zipFile + " holds " + name
          + " in a sub-folder (entry '" + path + "'); put each resource's CSV at the top of the ZIP");
    }
    return names;
  }

  /** Closes the source ZIP if it was opened, and deletes the ZIP this package wrote. */
  @Override
  public void close() {
    try {
      if (openZip != null) {
        openZip.close();
      }
      if (temporaryZip != null) {
        Files.deleteIfExists(temporaryZip);
      }
    } catch (IOException ignored) {
      // a temporary file left behind, or a read-only ZIP left open until collected, is harmless
    }
  }
}
