package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/**
 * An import job as Kibo reports it. Read {@link #isSucceeded()} and {@link #isFailed()} rather
 * than the HTTP status: a failed job is returned with HTTP 200.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportJob.class)
@JsonDeserialize(builder = ImmutableImportJob.Builder.class)
public interface ImportJob extends KiboJob {

  /** Returns a builder. */
  static ImmutableImportJob.Builder builder() {
    return ImmutableImportJob.builder();
  }

  @Override
  List<ImportResource> resources();
}
