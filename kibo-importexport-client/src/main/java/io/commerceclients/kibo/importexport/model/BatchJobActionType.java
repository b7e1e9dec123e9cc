package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** An action on a batch job ({@code BatchJobActionTypes} in Kibo's spec). */
public final class BatchJobActionType extends ExpandableEnum {
  private static final Registry<BatchJobActionType> REGISTRY = new Registry<>(BatchJobActionType::new);

  /** Starts a ready job. */
  public static final BatchJobActionType START = REGISTRY.known("Start");

  /** Removes every item of a completed or canceled job so that it can be used again. */
  public static final BatchJobActionType RESET = REGISTRY.known("Reset");

  /** Cancels a job that has not finished. */
  public static final BatchJobActionType CANCEL = REGISTRY.known("Cancel");

  private BatchJobActionType(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static BatchJobActionType of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<BatchJobActionType> knownValues() {
    return REGISTRY.values();
  }
}
