package io.commerceclients.karla.model.org;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** A member's role in an organization. Unknown values are kept as {@link #of(String)} instances. */
public final class UserRole extends ExpandableEnum {
  private static final Registry<UserRole> REGISTRY = new Registry<>(UserRole::new);

  /** Administrator. */
  public static final UserRole ADMIN = REGISTRY.known("admin");

  /** Editor. */
  public static final UserRole EDITOR = REGISTRY.known("editor");

  /** Viewer. */
  public static final UserRole VIEWER = REGISTRY.known("viewer");

  private UserRole(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static UserRole of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<UserRole> knownValues() {
    return REGISTRY.values();
  }
}
