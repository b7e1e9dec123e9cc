package io.commerceclients.kibo.importexport.internal;

import io.commerceclients.kibo.importexport.csv.KiboCsvReader;
import io.commerceclients.kibo.importexport.csv.KiboResource;
import io.commerceclients.kibo.importexport.csv.KiboZip;
import io.commerceclients.kibo.importexport.imports.ImportRequest;
import io.commerceclients.kibo.importexport.model.Domain;
import io.commerceclients.kibo.importexport.model.ImportResourceRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Turns an {@link ImportRequest} into the ZIP to upload and the resources of the job, checking
 * everything that can be checked before the network: one source, CSV headers holding the
 * resources' required columns, a resource for every file.
 */
public final class ImportPackage implements AutoCloseable {

  private final Path zip;
  private final boolean temporary;
  private final List<ImportResourceRequest> resources;

  private ImportPackage(Path zip, boolean temporary, List<ImportResourceRequest> resources) {
    this.zip = zip;
    this.temporary = temporary;
    this.resources = resources;
  }

  /** The ZIP to upload. */
  public Path zip() {
    return zip;
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

    if (request.zipFile().isPresent()) {
      Path zipFile = request.zipFile().get();
      Validation.require(Files.isRegularFile(zipFile), "zipFile: " + zipFile + " is not a file");
      Validation.require(KiboZip.isZip(zipFile), "zipFile: " + zipFile + " is not a ZIP file");
      List<String> names = zipEntryNames(zipFile);
      return new ImportPackage(zipFile, false, resolveResources(request, names, "zipFile entry"));
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
    for (int i = 0; i < csvs.size(); i++) {
      Path csv = csvs.get(i);
      String label = field.equals("csvFiles") ? "csvFiles[" + i + "] (" + csv.getFileName() + ")"
          : field + " " + csv.getFileName();
      Validation.require(Files.isRegularFile(csv), label + ": not a file");
      names.add(csv.getFileName().toString());
      KiboResource.fromFileName(csv.getFileName().toString())
          .ifPresent(resource -> checkHeader(label, csv, resource, request.domain()));
    }
    List<ImportResourceRequest> resources = resolveResources(request, names, field);
    try {
      Path zip = Files.createTempFile("kibo-import-", ".zip");
      try {
        KiboZip.zip(csvs, zip);
      } catch (RuntimeException e) {
        Files.deleteIfExists(zip);
        throw e;
      }
      return new ImportPackage(zip, true, resources);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void checkHeader(String label, Path csv, KiboResource resource, Domain domain) {
    Validation.require(
        resource.domain().filter(domain::equals).isPresent(),
        label + ": resource " + resource + " belongs to the " + resource.domain().orElseThrow()
            + " domain, not " + domain);
    Set<String> header = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    KiboCsvReader.readHeader(csv).forEach(h -> header.add(h.trim()));
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

  private static List<String> zipEntryNames(Path zipFile) {
    List<String> names = new ArrayList<>();
    try (ZipFile zip = new ZipFile(zipFile.toFile())) {
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
        ZipEntry entry = e.nextElement();
        if (!entry.isDirectory()) {
          String name = entry.getName();
          names.add(name.substring(name.lastIndexOf('/') + 1));
        }
      }
    } catch (IOException e) {
      throw Validation.error("zipFile: " + zipFile + " cannot be read as a ZIP: " + e.getMessage());
    }
    return names;
  }

  /** Deletes the ZIP if this package created it. */
  @Override
  public void close() {
    if (temporary) {
      try {
        Files.deleteIfExists(zip);
      } catch (IOException ignored) {
        // a temporary file left behind is harmless
      }
    }
  }
}
