package io.commerceclients.kiliba.internal;

import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kiliba.imports.ImmutableBatchResult;
import io.commerceclients.kiliba.imports.PartiallyAcceptedException;
import io.commerceclients.kiliba.model.imports.ImportResult;

/**
 * Reads Kiliba's answer to one import request: the one place that decides whether a batch the
 * server answered with 2xx succeeded. Kiliba's reference documents every import answer as {@code
 * {"processed": <count>}}, the number of records of the request Kiliba processed, so:
 *
 * <ul>
 *   <li>{@code processed} equal to the items sent: the batch succeeded;
 *   <li>smaller: the batch is partially accepted ({@link PartiallyAcceptedException}), not a success;
 *   <li>larger, or negative: the answer cannot be about this request ({@link ProtocolException});
 *   <li>missing (an empty body, a 204, or a body without the field): nothing confirms the batch
 *       ({@link ProtocolException}).
 * </ul>
 *
 * Every failure here leaves the batch failed with its items, and sending it again is safe.
 */
final class ImportAnswers {

  private ImportAnswers() {}

  /**
   * Records the answer's count and, unless every item was processed, the batch's error.
   *
   * @param operation the request, for example {@code POST /client/v1/import/products}
   * @param answer the decoded body, null when there was none
   */
  static void read(String operation, int batchNumber, int itemsSent, ImportResult answer, ImmutableBatchResult.Builder result) {
    String where = operation + ", batch " + batchNumber + " (" + itemsSent + " items)";
    if (answer == null) {
      result.error(new ProtocolException(where + ": the answer has no body; expected {\"processed\": <count>}"));
      return;
    }
    if (answer.processed().isEmpty()) {
      result.error(new ProtocolException(where + ": the answer has no 'processed' count"));
      return;
    }
    long processed = answer.processed().get();
    result.processed(processed);
    if (processed < 0 || processed > itemsSent) {
      result.error(new ProtocolException(where + ": the answer's 'processed' is " + processed
          + ", which is not a count of the " + itemsSent + " items sent"));
    } else if (processed < itemsSent) {
      result.error(new PartiallyAcceptedException(where + ": Kiliba processed only " + processed + " of the "
          + itemsSent + " items sent; the batch is reported with all its items to be sent again", itemsSent, processed));
    }
  }
}
