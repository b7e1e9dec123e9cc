package io.commerceclients.karla.model.announcement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** An announcement of a shop. */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnouncement.class)
@JsonDeserialize(builder = ImmutableAnnouncement.Builder.class)
public interface Announcement {

  /** Returns a new builder of {@code Announcement}. */
  static ImmutableAnnouncement.Builder builder() {
    return ImmutableAnnouncement.builder();
  }

  /** Announcement UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Announcement text. */
  @JsonProperty("text")
  Optional<String> text();

  /** Language of the text. */
  @JsonProperty("language")
  Optional<Language> language();

  /** When it was created. */
  @JsonProperty("created_at")
  Optional<OffsetDateTime> createdAt();

  /** When it was last updated. */
  @JsonProperty("updated_at")
  Optional<OffsetDateTime> updatedAt();
}
