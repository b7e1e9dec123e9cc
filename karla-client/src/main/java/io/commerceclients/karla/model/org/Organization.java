package io.commerceclients.karla.model.org;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.commerceclients.core.json.AllowNulls;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An organization owning shops. */
@Value.Immutable
@JsonSerialize(as = ImmutableOrganization.class)
@JsonDeserialize(builder = ImmutableOrganization.Builder.class)
public interface Organization {

  /** Returns a new builder of {@code Organization}. */
  static ImmutableOrganization.Builder builder() {
    return ImmutableOrganization.builder();
  }

  /** Organization slug. */
  @JsonProperty("slug")
  String slug();

  /** Numeric id. */
  @JsonProperty("id")
  Optional<Long> id();

  /** Name. */
  @JsonProperty("name")
  Optional<String> name();

  /** Contact email. */
  @JsonProperty("email")
  Optional<String> email();

  /** Contact phone. */
  @JsonProperty("phone")
  Optional<String> phone();

  /** Website. */
  @JsonProperty("website")
  Optional<String> website();

  /** Industry. */
  @JsonProperty("industry")
  Optional<String> industry();

  /** Single sign-on domain. */
  @JsonProperty("sso_domain")
  Optional<String> ssoDomain();

  /** Release channel. */
  @JsonProperty("feature_community")
  Optional<FeatureCommunity> featureCommunity();

  /** Feature toggles. */
  @JsonProperty("feature_toggles")
  @AllowNulls
  Map<String, @Nullable Object> featureToggles();
}
