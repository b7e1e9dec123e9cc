package io.commerceclients.kiliba.model.stores;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An open upload session: send the file with a PUT to {@link #presignedUrl()} (without Kiliba
 * credentials), then complete the upload. {@code toString()} hides the pre-signed URL, which grants
 * write access until it expires.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableUploadSession.class)
@JsonDeserialize(builder = ImmutableUploadSession.Builder.class)
public interface UploadSession {

  /** Returns a builder. */
  static ImmutableUploadSession.Builder builder() {
    return ImmutableUploadSession.builder();
  }

  /** The session's id (a UUID). */
  String uploadId();

  /** The session's status, {@code created} for a new session. */
  Optional<UploadState> status();

  /** Where Kiliba stores the raw file. */
  Optional<String> s3Key();

  /** The pre-signed storage URL to PUT the file to. */
  @Value.Redacted
  Optional<String> presignedUrl();

  /** When the pre-signed URL expires, as Kiliba sends it. */
  Optional<String> expiresAt();
}
