package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A visit to import: of a product page, or of a category page ({@link #categoryId()} set). Kiliba's
 * reference marks {@link #productId()} required for every visit, so the import refuses a visit
 * without it ({@code visits[i].productId}) before anything is sent.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableVisit.class)
@JsonDeserialize(builder = ImmutableVisit.Builder.class)
public interface Visit {

  /** Returns a builder. */
  static ImmutableVisit.Builder builder() {
    return ImmutableVisit.builder();
  }

  /** The visiting customer's id in your system; leave it empty for a guest. */
  Optional<KilibaId> customerId();

  /** The email of the customer or guest. */
  String email();

  /** The visited URL. */
  String url();

  /** When the visit happened. */
  OffsetDateTime date();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();

  /** The visited product's id; required by Kiliba (checked by the import, which names the item). */
  Optional<KilibaId> productId();

  /** The visited product variant's id. */
  Optional<KilibaId> variantId();

  /** The visited category's id (a category visit). */
  Optional<KilibaId> categoryId();
}
