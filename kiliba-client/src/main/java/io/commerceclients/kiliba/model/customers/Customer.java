package io.commerceclients.kiliba.model.customers;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.Json;
import io.commerceclients.kiliba.model.KilibaId;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/** One customer row of Kiliba's customer list. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomer.class)
@JsonDeserialize(builder = ImmutableCustomer.Builder.class)
public interface Customer {

  /** Returns a builder. */
  static ImmutableCustomer.Builder builder() {
    return ImmutableCustomer.builder();
  }

  /** The customer's id in the shop, as the API sent it (a number or a string). */
  @JsonProperty("id_customer")
  KilibaId idCustomer();

  /** The Kiliba account the customer belongs to. */
  @JsonProperty("id_account")
  Optional<String> idAccount();

  /** First name. */
  Optional<String> firstname();

  /** Last name. */
  Optional<String> lastname();

  /** When the customer was created. */
  @JsonProperty("date_add")
  Optional<OffsetDateTime> dateAdd();

  /** When the customer was last updated. */
  @JsonProperty("date_update")
  Optional<OffsetDateTime> dateUpdate();

  /** Email address. */
  Optional<String> email();

  /** The customer's language id in the shop. */
  @JsonProperty("id_lang")
  Optional<String> idLang();

  /**
   * The blacklist reason exactly as sent: a JSON document inside a string. See {@link
   * #blacklistReasonDetails()} for the parsed form.
   */
  @JsonProperty("blacklist_reason")
  Optional<String> blacklistReason();

  /**
   * The blacklist reason parsed from {@link #blacklistReason()}; empty when there is none or when
   * the string is not a JSON object (the raw string is then still available).
   */
  @JsonIgnore
  @Value.Lazy
  default Optional<BlacklistReason> blacklistReasonDetails() {
    if (blacklistReason().isEmpty() || blacklistReason().get().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.mapper().readValue(blacklistReason().get(), BlacklistReason.class));
    } catch (IOException | RuntimeException notAnObject) {
      return Optional.empty();
    }
  }

  /** When the customer was blacklisted. */
  @JsonProperty("blacklist_date")
  Optional<OffsetDateTime> blacklistDate();

  /** The whitelist reason, for example {@code Admin}. */
  @JsonProperty("whitelist_reason")
  Optional<String> whitelistReason();

  /** When the customer was whitelisted. */
  @JsonProperty("whitelist_date")
  Optional<OffsetDateTime> whitelistDate();

  /** The customer's gender id in the shop, as a string (for example {@code "1"}). */
  @JsonProperty("id_gender")
  Optional<String> idGender();

  /** Kiliba's segment for the customer, for example {@code Champion}. */
  @JsonProperty("customer_segment_v2")
  Optional<String> customerSegmentV2();

  /** Whether the customer is in an active segment. */
  @JsonProperty("segment_active")
  Optional<Boolean> segmentActive();

  /** Whether the customer is in a promotion segment. */
  @JsonProperty("segment_promotion")
  Optional<Boolean> segmentPromotion();

  /** Whether the customer was sponsored by another customer. */
  @JsonProperty("is_godson")
  Optional<Boolean> isGodson();

  /** Whether the customer was asked to sponsor others. */
  @JsonProperty("is_solicited_for_sponsorship")
  Optional<Boolean> isSolicitedForSponsorship();

  /** Whether the customer sponsors others. */
  @JsonProperty("is_sponsor")
  Optional<Boolean> isSponsor();

  /** When the customer last visited the shop. */
  @JsonProperty("last_visit_date")
  Optional<OffsetDateTime> lastVisitDate();

  /** When the customer last ordered. */
  @JsonProperty("last_order_date")
  Optional<OffsetDateTime> lastOrderDate();

  /** Kiliba's recency date for the customer. */
  Optional<OffsetDateTime> recency();
}
