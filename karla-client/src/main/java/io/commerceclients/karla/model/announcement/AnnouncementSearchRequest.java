package io.commerceclients.karla.model.announcement;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.karla.model.Language;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Filters and page of an announcement search. Karla's reference marks {@code uuid} and {@code
 * text} as required query parameters, so this request requires both (the builder refuses to build
 * without them), although a search that must name the announcement's UUID and exact text finds at
 * most that one announcement: an oddity of the reference, listed in the README's doubts.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAnnouncementSearchRequest.class)
@JsonDeserialize(builder = ImmutableAnnouncementSearchRequest.Builder.class)
public interface AnnouncementSearchRequest {

  /** Returns a new builder of {@code AnnouncementSearchRequest}; {@code uuid} and {@code text} are required. */
  static ImmutableAnnouncementSearchRequest.Builder builder() {
    return ImmutableAnnouncementSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Announcement UUID (required by Karla's reference). */
  @JsonProperty("uuid")
  String uuid();

  /** Announcement text (required by Karla's reference). */
  @JsonProperty("text")
  String text();

  /** Language. */
  @JsonProperty("language")
  Optional<Language> language();
}
