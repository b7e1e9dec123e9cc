package io.commerceclients.kibo.importexport.imports;

/**
 * How far the job a split import stopped at got in Kibo, which says what to do with its rows
 * before importing again.
 */
public enum JobCreationState {
  /**
   * The job was not created: its ZIP could not be written or uploaded, the creation request was
   * refused before it was sent or never reached Kibo (no connection), or Kibo answered it with an
   * error. Its rows are among the unsent rows: import them again.
   */
  NOT_SENT,
  /**
   * The creation request may have reached Kibo, but no usable answer came (the connection was
   * reset or timed out after the request was written, a gateway answered 502 or 504, the answer
   * could not be read): Kibo may have created the job and may import its rows. Look for the job
   * by its name or its upload among Kibo's import jobs before importing those rows again.
   */
  OUTCOME_UNKNOWN,
  /** Kibo created the job, which did not complete: its log says which of its rows it took. */
  CREATED
}
