package io.commerceclients.kibo.importexport.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** When and by whom a job was created and last updated ({@code AdminUserAuditInfo} in the spec). */
@Value.Immutable
@JsonSerialize(as = ImmutableAuditInfo.class)
@JsonDeserialize(builder = ImmutableAuditInfo.Builder.class)
public interface AuditInfo {

  /** Returns a builder. */
  static ImmutableAuditInfo.Builder builder() {
    return ImmutableAuditInfo.builder();
  }

  /** When the job was last updated. */
  Optional<OffsetDateTime> updateDate();

  /** When the job was created. */
  Optional<OffsetDateTime> createDate();

  /** The user or application that last updated the job. */
  Optional<String> updateBy();

  /** The user or application that created the job. */
  Optional<String> createBy();
}
