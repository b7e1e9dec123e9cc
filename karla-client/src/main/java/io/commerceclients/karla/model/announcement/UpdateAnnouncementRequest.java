package io.commerceclients.karla.model.announcement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.util.Optional;
import org.immutables.value.Value;

/** Updates an announcement; absent fields are left unchanged. */
@Value.Immutable
@JsonSerialize(as = ImmutableUpdateAnnouncementRequest.class)
@JsonDeserialize(builder = ImmutableUpdateAnnouncementRequest.Builder.class)
public interface UpdateAnnouncementRequest {

  /** Returns a new builder of {@code UpdateAnnouncementRequest}. */
  static ImmutableUpdateAnnouncementRequest.Builder builder() {
    return ImmutableUpdateAnnouncementRequest.builder();
  }

  /** Announcement text. */
  @JsonProperty("text")
  Optional<String> text();

  /** Language of the text. */
  @JsonProperty("language")
  Optional<Language> language();
}
