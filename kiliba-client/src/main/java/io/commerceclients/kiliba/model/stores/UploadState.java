package io.commerceclients.kiliba.model.stores;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/**
 * The {@code status} of an upload session. The reference only shows {@code created}; the other
 * constants are this SDK's reading of Kiliba's naming and are provisional, and any other value the
 * server sends is kept as an unknown value.
 */
public final class UploadState extends ExpandableEnum {
  private static final Registry<UploadState> REGISTRY = new Registry<>(UploadState::new);

  /** The session exists; the file has not been completed yet (documented). */
  public static final UploadState CREATED = REGISTRY.known("created");
  /** The file was uploaded and completed; parsing is queued (provisional). */
  public static final UploadState UPLOADED = REGISTRY.known("uploaded");
  /** Kiliba is detecting, parsing or publishing the file (provisional). */
  public static final UploadState PROCESSING = REGISTRY.known("processing");
  /** Parsing and publication finished (provisional). */
  public static final UploadState COMPLETED = REGISTRY.known("completed");
  /** Parsing or publication failed (provisional). */
  public static final UploadState FAILED = REGISTRY.known("failed");

  private UploadState(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static UploadState of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<UploadState> knownValues() {
    return REGISTRY.values();
  }
}
