package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A customer to import; Kiliba creates it or fully overwrites the one with the same id.
 *
 * <p>The fields documented as required are {@code Optional} here only because a deletion carries
 * nothing but the id (see {@link #deletion(KilibaId)}); for any other customer the import checks,
 * before sending, that {@code email}, both consents, {@code shopIds}, {@code defaultShopId}, {@code
 * customerGroupIds}, {@code defaultCustomerGroupId}, {@code langIsoCode}, {@code createdAt} and
 * {@code updatedAt} are present.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableImportCustomer.class)
@JsonDeserialize(builder = ImmutableImportCustomer.Builder.class)
public interface ImportCustomer {

  /** Returns a builder. */
  static ImmutableImportCustomer.Builder builder() {
    return ImmutableImportCustomer.builder();
  }

  /** Returns a deletion marker for a customer: its id and {@code deleted: true}, nothing else. */
  static ImportCustomer deletion(KilibaId id) {
    return builder().id(id).deleted(true).build();
  }

  /** The customer's id in your system, referenced by carts and orders. */
  KilibaId id();

  /** The customer's email address (required unless deleted). */
  Optional<String> email();

  /** First name. */
  Optional<String> firstName();

  /** Last name. */
  Optional<String> lastName();

  /** Birthday, sent as {@code YYYY-MM-DD}. */
  Optional<LocalDate> birthday();

  /** Gender: 0 unknown, 1 man, 2 woman. */
  Optional<Integer> gender();

  /** Whether the customer agreed to marketing emails (required unless deleted). */
  Optional<Boolean> emailMarketingConsent();

  /** Whether the customer agreed to marketing SMS (required unless deleted). */
  Optional<Boolean> smsMarketingConsent();

  /** The ids of the shops the customer belongs to, at least one (unless deleted). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<KilibaId> shopIds();

  /** The customer's default shop id (required unless deleted). */
  Optional<KilibaId> defaultShopId();

  /** The ids of the customer's groups, at least one (unless deleted). */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  List<KilibaId> customerGroupIds();

  /** The customer's default group id (required unless deleted). */
  Optional<KilibaId> defaultCustomerGroupId();

  /** The customer's language, a two-letter ISO 639-1 code (required unless deleted). */
  Optional<String> langIsoCode();

  /** The customer's billing address. */
  Optional<Address> billingAddress();

  /** When the customer was created (required unless deleted). */
  Optional<OffsetDateTime> createdAt();

  /** When the customer was last updated (required unless deleted). */
  Optional<OffsetDateTime> updatedAt();

  /** True to delete the customer; the API defaults to false. */
  Optional<Boolean> deleted();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();

  /** Flat custom fields Kiliba uses to enrich the customer, for example {@code loyaltyTier}: strings, numbers, booleans or dates, never an object or a list. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> customFields();
}
