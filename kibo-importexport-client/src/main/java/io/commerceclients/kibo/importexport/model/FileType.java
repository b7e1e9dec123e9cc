package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** The role of a file attached to a job ({@code fileType} on the wire). */
public final class FileType extends ExpandableEnum {
  private static final Registry<FileType> REGISTRY = new Registry<>(FileType::new);

  /** A ZIP of CSV files uploaded for an import. */
  public static final FileType IMPORT = REGISTRY.known("import");

  /** The ZIP of CSV files an export produced. */
  public static final FileType EXPORT = REGISTRY.known("export");

  /** The processing log a job wrote (a CSV of the rows it accepted or rejected). */
  public static final FileType LOG = REGISTRY.known("log");

  private FileType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static FileType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<FileType> knownValues() {
    return REGISTRY.values();
  }
}
