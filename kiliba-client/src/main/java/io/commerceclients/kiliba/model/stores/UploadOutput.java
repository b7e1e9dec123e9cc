package io.commerceclients.kiliba.model.stores;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What parsing produced for one dataset of an uploaded file. */
@Value.Immutable
@JsonSerialize(as = ImmutableUploadOutput.class)
@JsonDeserialize(builder = ImmutableUploadOutput.Builder.class)
public interface UploadOutput {

  /** Returns a builder. */
  static ImmutableUploadOutput.Builder builder() {
    return ImmutableUploadOutput.builder();
  }

  /** The dataset, for example customers or orders. */
  Optional<String> datasetType();

  /** Where the dataset was published downstream. */
  Optional<String> topic();

  /** Where the canonical rows are stored. */
  Optional<String> canonicalS3Key();

  /** Where the rejected rows are stored. */
  Optional<String> rejectsS3Key();

  /** Rows read for this dataset. */
  Optional<Long> rowsTotal();

  /** Rows accepted for this dataset. */
  Optional<Long> rowsAccepted();

  /** Rows rejected for this dataset. */
  Optional<Long> rowsRejected();

  /** Validation details, free-form. */
  @AllowNulls
  Map<String, @Nullable Object> validationSummary();

  /** Publication details, free-form. */
  @AllowNulls
  Map<String, @Nullable Object> publishSummary();

  /** The dataset's status. */
  Optional<String> status();

  /** The dataset's error details, free-form. */
  @AllowNulls
  Map<String, @Nullable Object> error();
}
