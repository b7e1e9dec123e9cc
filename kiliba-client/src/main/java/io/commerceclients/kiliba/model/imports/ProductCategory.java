package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A product category to import; Kiliba creates it or fully overwrites the one with the same id. */
@Value.Immutable
@JsonSerialize(as = ImmutableProductCategory.class)
@JsonDeserialize(builder = ImmutableProductCategory.Builder.class)
public interface ProductCategory {

  /** Returns a builder. */
  static ImmutableProductCategory.Builder builder() {
    return ImmutableProductCategory.builder();
  }

  /** The category's id in your system, its unique key. */
  KilibaId id();

  /** The parent category's id, for a hierarchy of categories. */
  Optional<KilibaId> parentId();

  /** The category's name. */
  String name();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();
}
