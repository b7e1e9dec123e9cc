package io.commerceclients.karla.model.announcement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import org.immutables.value.Value;

/** Creates an announcement. */
@Value.Immutable
@JsonSerialize(as = ImmutableCreateAnnouncementRequest.class)
@JsonDeserialize(builder = ImmutableCreateAnnouncementRequest.Builder.class)
public interface CreateAnnouncementRequest {

  /** Returns a new builder of {@code CreateAnnouncementRequest}. */
  static ImmutableCreateAnnouncementRequest.Builder builder() {
    return ImmutableCreateAnnouncementRequest.builder();
  }

  /** Announcement text. */
  @JsonProperty("text")
  String text();

  /** Language of the text. */
  @JsonProperty("language")
  Language language();
}
