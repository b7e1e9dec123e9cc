package io.commerceclients.kiliba.stores;

import io.commerceclients.kiliba.model.stores.UploadOutput;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** What a physical-store upload did: its session and its latest status. */
@Value.Immutable
public interface UploadResult {

  /** Returns a builder. */
  static ImmutableUploadResult.Builder builder() {
    return ImmutableUploadResult.builder();
  }

  /** The upload session. */
  UploadSession session();

  /** The status when the upload was completed, or after parsing when the upload waited for it. */
  UploadStatus status();

  /** Whether the status is final (parsing finished). */
  boolean finished();

  /** The upload's id. */
  default String uploadId() {
    return session().uploadId();
  }

  /** Rows read from the file, once parsed. */
  default Optional<Long> rowsTotal() {
    return status().rowsTotal();
  }

  /** Rows accepted, once parsed. */
  default Optional<Long> rowsAccepted() {
    return status().rowsAccepted();
  }

  /** Rows rejected, once parsed. */
  default Optional<Long> rowsRejected() {
    return status().rowsRejected();
  }

  /** What parsing produced, per dataset. */
  default List<UploadOutput> outputs() {
    return status().outputs();
  }
}
