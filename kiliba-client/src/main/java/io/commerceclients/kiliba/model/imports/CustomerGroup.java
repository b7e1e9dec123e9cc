package io.commerceclients.kiliba.model.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.kiliba.model.KilibaId;
import java.util.Map;
import org.immutables.value.Value;

/** A customer group to import; Kiliba creates it or fully overwrites the one with the same id. */
@Value.Immutable
@JsonSerialize(as = ImmutableCustomerGroup.class)
@JsonDeserialize(builder = ImmutableCustomerGroup.Builder.class)
public interface CustomerGroup {

  /** Returns a builder. */
  static ImmutableCustomerGroup.Builder builder() {
    return ImmutableCustomerGroup.builder();
  }

  /** The group's id in your system, its unique key. */
  KilibaId id();

  /** The group's name (not translated). */
  String name();

  /** Free-form properties Kiliba stores but does not use; at most 2 KB serialized. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  Map<String, Object> metadata();
}
