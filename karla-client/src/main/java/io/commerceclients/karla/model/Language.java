package io.commerceclients.karla.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** A language Karla supports for texts shown to customers. Unknown values are kept as {@link #of(String)} instances. */
public final class Language extends ExpandableEnum {
  private static final Registry<Language> REGISTRY = new Registry<>(Language::new);

  /** Danish. */
  public static final Language DA = REGISTRY.known("da");

  /** Dutch. */
  public static final Language NL = REGISTRY.known("nl");

  /** English. */
  public static final Language EN = REGISTRY.known("en");

  /** French. */
  public static final Language FR = REGISTRY.known("fr");

  /** German. */
  public static final Language DE = REGISTRY.known("de");

  /** Italian. */
  public static final Language IT = REGISTRY.known("it");

  /** Spanish. */
  public static final Language ES = REGISTRY.known("es");

  private Language(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static Language of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<Language> knownValues() {
    return REGISTRY.values();
  }
}
