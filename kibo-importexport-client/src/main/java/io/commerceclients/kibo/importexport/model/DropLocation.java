package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A file stored by Kibo: an upload for an import, or the export ZIP or log a job wrote. Also what
 * a new import job references in its {@code files}. Kibo's spec declares every field nullable, the
 * id included, so every field is optional; an answer that lacks the id an operation needs (the
 * answer to an upload) fails that operation with {@link io.commerceclients.core.error.ProtocolException}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDropLocation.class)
@JsonDeserialize(builder = ImmutableDropLocation.Builder.class)
public interface DropLocation {

  /** Returns a builder. */
  static ImmutableDropLocation.Builder builder() {
    return ImmutableDropLocation.builder();
  }

  /** Returns a reference to an uploaded file by id, with the {@code internal} location type. */
  static DropLocation ofId(String id) {
    return builder().id(id).locationType("internal").build();
  }

  /** The file id, used by the Files API and in import jobs; Kibo may leave it out of a job's files. */
  Optional<String> id();

  /** Where the file is stored, when Kibo reports it. */
  Optional<String> uri();

  /** The storage kind; Kibo reports {@code internal}. */
  Optional<String> locationType();

  /** The file name, for example {@code catalog_export.zip}. */
  Optional<String> fileName();

  /** The file's role: import, export or log. */
  Optional<FileType> fileType();
}
