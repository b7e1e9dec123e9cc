package io.commerceclients.kiliba.model.stores;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** Opens an upload session for a physical-store file. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateUploadRequest.class)
@JsonDeserialize(builder = ImmutableCreateUploadRequest.Builder.class)
public interface CreateUploadRequest {

  /** The content type Kiliba assumes when none is given. */
  String DEFAULT_CONTENT_TYPE = "text/tab-separated-values";

  /** The only provider the reference documents. */
  String PROVIDER_RETAIL = "retail";

  /** Returns a builder. */
  static ImmutableCreateUploadRequest.Builder builder() {
    return ImmutableCreateUploadRequest.builder();
  }

  /** The file's original name, not empty. */
  String filename();

  /** The file's MIME type; the API defaults to {@code text/tab-separated-values}. */
  Optional<String> contentType();

  /** The file's size in bytes; the API defaults to 0. */
  Optional<Long> size();

  /** The provider; the API defaults to, and only documents, {@code retail}: any other value is refused before sending. */
  Optional<String> provider();

  /** A hint of the file's dataset; Kiliba can also detect it. */
  Optional<String> datasetType();

  /** A hint of the parser to use; the account's parser otherwise. */
  Optional<String> adapterKey();

  /** A hint of the parser version, for example {@code v1}; the account's default otherwise. */
  Optional<String> adapterVersion();

  /** Defaults applied to the file's customers. */
  Optional<SourceConfig> sourceConfig();
}
