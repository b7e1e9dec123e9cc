package io.commerceclients.karla.model.campaign;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** Filters and page of a campaign search; every field is optional. */
@Value.Immutable
@JsonSerialize(as = ImmutableCampaignSearchRequest.class)
@JsonDeserialize(builder = ImmutableCampaignSearchRequest.Builder.class)
public interface CampaignSearchRequest {

  /** Returns a new builder of {@code CampaignSearchRequest}. */
  static ImmutableCampaignSearchRequest.Builder builder() {
    return ImmutableCampaignSearchRequest.builder();
  }

  /** Page number, from 1 (Karla assumes 1). */
  @JsonProperty("page")
  Optional<Long> page();

  /** Page size, 1..100 (Karla assumes 30). */
  @JsonProperty("per_page")
  Optional<Long> perPage();

  /** Campaign UUID. */
  @JsonProperty("uuid")
  Optional<String> uuid();

  /** Name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Start date. */
  @JsonProperty("start_date")
  Optional<OffsetDateTime> startDate();

  /** End date. */
  @JsonProperty("end_date")
  Optional<OffsetDateTime> endDate();

  /** Segment. */
  @JsonProperty("segment")
  Optional<String> segment();

  /** Promotion type. */
  @JsonProperty("promotion_type")
  Optional<PromotionType> promotionType();

  /** Enabled flag. */
  @JsonProperty("enabled")
  Optional<Boolean> enabled();
}
