package io.commerceclients.karla.model.announcement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of an announcement search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnouncementSearchRequest.class)
@JsonDeserialize(as = ImmutableAnnouncementSearchRequest.class)
public interface AnnouncementSearchRequest {

  /** Returns a new builder of {@code AnnouncementSearchRequest}. */
  static ImmutableAnnouncementSearchRequest.Builder builder() {
    return ImmutableAnnouncementSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Announcement UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Text. */
  @JsonProperty("text")
  Optional<String> text();

  /** Language. */
  @JsonProperty("language")
  Optional<Language> language();
}
