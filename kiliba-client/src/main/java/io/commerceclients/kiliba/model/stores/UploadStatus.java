package io.commerceclients.kiliba.model.stores;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The state of an upload: stage, detection, row counts and outputs. Parsing is asynchronous. */
@Value.Immutable
@JsonSerialize(as = ImmutableUploadStatus.class)
@JsonDeserialize(builder = ImmutableUploadStatus.Builder.class)
public interface UploadStatus {

  /** Returns a builder. */
  static ImmutableUploadStatus.Builder builder() {
    return ImmutableUploadStatus.builder();
  }

  /** The session's id (a UUID). */
  String uploadId();

  /** The session's status. */
  Optional<UploadState> status();

  /** The current processing stage, for example {@code detect}. */
  Optional<String> currentStage();

  /** The dataset detection status, for example {@code pending}. */
  Optional<String> detectionStatus();

  /** Why detection failed, free-form. */
  @AllowNulls
  Map<String, @Nullable Object> detectionError();

  /** The dataset hint given when the session was created. */
  Optional<String> datasetType();

  /** The parser hint given when the session was created. */
  Optional<String> adapterKey();

  /** The parser version hint given when the session was created. */
  Optional<String> adapterVersion();

  /** The dataset Kiliba detected. */
  Optional<String> detectedDatasetType();

  /** The parser Kiliba selected. */
  Optional<String> detectedAdapterKey();

  /** The parser version Kiliba selected. */
  Optional<String> detectedAdapterVersion();

  /** The parser key Kiliba detected. */
  Optional<String> detectedParserKey();

  /** The parser version Kiliba detected. */
  Optional<String> detectedParserVersion();

  /** Every dataset Kiliba detected in the file. */
  List<String> detectedDatasets();

  /** The id (a UUID) of the latest processing attempt. */
  Optional<String> latestAttemptId();

  /** Rows read from the file. */
  Optional<Long> rowsTotal();

  /** Rows accepted. */
  Optional<Long> rowsAccepted();

  /** Rows rejected. */
  Optional<Long> rowsRejected();

  /** Where the processing report is stored. */
  Optional<String> reportS3Key();

  /** What parsing produced, per dataset. */
  List<UploadOutput> outputs();
}
